import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
let dir: string;
let out: string[];
let err: string[];

function io(): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: {}, color: false, now: () => new Date("2026-11-01T00:00:00Z") };
}

async function run(...args: string[]): Promise<number> {
  return runCli(["survey", "questions", "--dir", "repo", ...args], io());
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "persona-gov-questions-"));
  cpSync(EXAMPLES, join(dir, "repo"), { recursive: true });
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("persona-gov survey questions", () => {
  it("prints every persona's active questions after the common ones, as Markdown by default", async () => {
    expect(await run()).toBe(0);
    expect(err.join("")).toBe("");
    const text = out.join("");
    expect(text.startsWith("# Survey questions\n")).toBe(true);
    expect(text.indexOf("## Everyone")).toBeLessThan(text.indexOf("## Backend Developer"));
    expect(text).toContain("8. Monitoring, alerting and on-call (1-5) *(scale 1–5, monitoring-and-alerting)*");
    expect(text).not.toContain("Editors and code search");
    expect(text).not.toContain("dependency upgrade");
  });

  it("prints one persona's survey as CSV, ready to import", async () => {
    expect(await run("--persona", "sre-on-call-engineer", "--format", "csv")).toBe(0);
    const rows = parse(out.join("")) as string[][];
    expect(rows.map((row) => `${row[0]}/${row[1]}`)).toEqual([
      "persona/id",
      "common/tenure",
      "common/build-speed",
      "common/test-reliability",
      "common/review-turnaround",
      "common/slows-you-down",
      "common/anything-else",
      "sre-on-call-engineer/deploying-and-releasing",
      "sre-on-call-engineer/monitoring-and-on-call",
    ]);
  });

  it("gives a persona without its own file the common questions", async () => {
    expect(await run("--persona", "data-scientist", "--format", "json")).toBe(0);
    const json = JSON.parse(out.join("")) as { persona: string; groups: { persona: string | null }[] };
    expect(json.persona).toBe("data-scientist");
    expect(json.groups.map((group) => group.persona)).toEqual([null]);
  });

  it("exits 2 for an unknown persona, with a suggestion", async () => {
    expect(await run("--persona", "backend-develper")).toBe(2);
    expect(err.join("")).toBe('persona-gov: --persona: no persona has the id "backend-develper". Did you mean "backend-developer"?\n');
  });

  it("still exports the valid questions when a file has errors, and says so", async () => {
    writeFileSync(join(dir, "repo", "survey", "questions", "web-developer.yml"), "questions:\n  - id: broken\n    type: scale\n");
    expect(await run("--format", "json")).toBe(0);
    expect(err.join("")).toMatch(/^persona-gov: note: the persona docs or questions files have \d+ errors?; .*Run `persona-gov validate`/);
    const json = JSON.parse(out.join("")) as { groups: { persona: string | null }[] };
    expect(json.groups.map((group) => group.persona)).toEqual([null, "backend-developer", "sre-on-call-engineer"]);
  });

  it("rejects an unknown format as a usage error", async () => {
    expect(await run("--format", "xlsx")).toBe(2);
    expect(err.join("")).toContain("Allowed choices are md, csv, json");
  });
});
