import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { expectGolden } from "../core/questions/golden.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/tools/", import.meta.url));
let dir: string;
let out: string[];
let err: string[];

function io(): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: {}, color: false, now: () => new Date("2026-11-01T00:00:00Z") };
}

async function run(...args: string[]): Promise<number> {
  return runCli(["tools", ...args], io());
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "persona-gov-tools-"));
  cpSync(`${FIXTURES}repo`, join(dir, "repo"), { recursive: true });
  cpSync(`${FIXTURES}analysis.json`, join(dir, "analysis.json"));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("persona-gov tools", () => {
  it("prints the golden JSON of the whole index, with survey mentions from an analysis", async () => {
    expect(await run("--dir", "repo", "--analysis", "analysis.json", "--format", "json")).toBe(0);
    expect(err.join("")).toBe("");
    expectGolden(`${FIXTURES}expected-tools.json`, out.join(""));
  });

  it("prints the golden JSON of one tool named by an alias", async () => {
    expect(await run("dashboards", "--dir", "repo", "--format", "json")).toBe(0);
    expectGolden(`${FIXTURES}expected-grafana.json`, out.join(""));
  });

  it("lists tools by reach as text, and shows one in full", async () => {
    expect(await run("--dir", "repo")).toBe(0);
    expect(out.join("").split("\n")[0]).toBe("Harbor CI  reach ≥ 400; 1 persona has no size · 3 personas · @acme/build-infra");
    out = [];
    expect(await run("HARBOR", "--dir", "repo")).toBe(0);
    expect(out.join("")).toContain("Harbor CI (also: harbor)\n  Owner:    @acme/build-infra\n");
    expect(out.join("")).toContain("    Web Developer (web), Building: Webpack bundles; Harbor CI publishes previews.\n");
  });

  it("prints the Markdown table, the same as the directory's", async () => {
    expect(await run("--dir", "repo", "--format", "md")).toBe(0);
    expectGolden(`${FIXTURES}expected-tools-table.md`, out.join(""));
  });

  it("exits 2 with a suggestion for an unknown tool", async () => {
    expect(await run("Harbour CI", "--dir", "repo")).toBe(2);
    expect(err.join("")).toBe('persona-gov: no tool named "Harbour CI" in the tools registry or any workflow map. Did you mean "Harbor CI"? Run `persona-gov tools` to list them.\n');
    expect(out).toEqual([]);
  });

  it("exits 2 for an analysis file that is missing or is not an analysis", async () => {
    expect(await run("--dir", "repo", "--analysis", "missing.json")).toBe(2);
    expect(err.join("")).toBe("persona-gov: cannot read the analysis missing.json: no such file\n");
    err = [];
    expect(await run("--dir", "repo", "--analysis", "repo/.github/persona-governance.yml")).toBe(2);
    expect(err.join("")).toMatch(/^persona-gov: cannot use the analysis repo\/\.github\/persona-governance\.yml: it is not JSON/);
  });

  it("reads the settings file named by --config, relative to the current directory", async () => {
    cpSync(join(dir, "repo", ".github", "persona-governance.yml"), join(dir, "other.yml"));
    rmSync(join(dir, "repo", ".github"), { recursive: true });
    expect(await run("Snyk", "--dir", "repo", "--config", "other.yml", "--format", "json")).toBe(0);
    expect(JSON.parse(out.join(""))).toMatchObject({ tool: { name: "Snyk", owner: "@acme/appsec", personas: [] } });
  });

  it("exits 2 when the settings file is broken, naming the line", async () => {
    cpSync(`${FIXTURES}analysis.json`, join(dir, "repo", ".github", "persona-governance.yml"));
    expect(await run("--dir", "repo")).toBe(2);
    expect(err.join("")).toMatch(/^persona-gov: \.github\/persona-governance\.yml:\d+:\d+: .*Fix the settings file first/);
  });

  it("exits 2 for a --dir that does not exist", async () => {
    expect(await run("--dir", "nowhere")).toBe(2);
    expect(err.join("")).toMatch(/^persona-gov: cannot read the repository in nowhere: /);
  });
});
