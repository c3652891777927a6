import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { snapshotFromTexts } from "../../src/core/repo/repo-snapshot.js";
import { templateText } from "../../src/core/templates/render-template.js";
import { validateRepository } from "../../src/core/validate/validate-repository.js";

let dir: string;
let out: string[];
let err: string[];

function io(): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: {}, color: false, now: () => new Date("2026-01-01T00:00:00Z") };
}

const read = (path: string) => readFileSync(join(dir, path), "utf8");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "persona-gov-init-"));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("persona-gov init", () => {
  it("creates an example persona, the settings file and the workflow", async () => {
    expect(await runCli(["init"], io())).toBe(0);
    expect(err).toEqual([]);
    expect(read("personas/example-persona.md")).toMatch(/^---\n[\s\S]*name: Example Persona\nid: example-persona\n[\s\S]*status: draft\n/);
    expect(read("personas/example-persona.md")).not.toContain("{{");
    expect(read(".github/persona-governance.yml")).toBe(templateText("persona-governance.yml"));
    expect(read(".github/workflows/persona-governance.yml")).toBe(templateText("workflows/persona-governance.yml"));
    expect(out.join("")).toContain(
      "  created  personas/example-persona.md\n  created  .github/persona-governance.yml\n  created  .github/workflows/persona-governance.yml\n",
    );
    expect(out.join("")).toContain("Run `persona-gov validate`");
  });

  it("creates a repository that validates with no findings at all", async () => {
    expect(await runCli(["init"], io())).toBe(0);
    const paths = ["personas/example-persona.md", ".github/persona-governance.yml", ".github/workflows/persona-governance.yml"];
    const report = validateRepository(snapshotFromTexts(Object.fromEntries(paths.map((p) => [p, read(p)]))));
    expect(report.diagnostics).toEqual([]);
    expect(report.personas.map((p) => [p.id, p.status])).toEqual([["example-persona", "draft"]]);
  });

  it("skips files that exist and reports them, unless --force", async () => {
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github/persona-governance.yml"), "personas:\n  path: docs/personas\n");
    expect(await runCli(["init"], io())).toBe(0);
    expect(read(".github/persona-governance.yml")).toBe("personas:\n  path: docs/personas\n");
    expect(out.join("")).toContain("  skipped  .github/persona-governance.yml (it already exists; --force overwrites it)");
    expect(read("personas/example-persona.md")).toContain("## Role Summary");
    out = [];
    expect(await runCli(["init", "--force"], io())).toBe(0);
    expect(read(".github/persona-governance.yml")).toBe(templateText("persona-governance.yml"));
    expect(out.join("")).not.toContain("skipped");
  });

  it("sets up another folder with --dir", async () => {
    expect(await runCli(["init", "--dir", "repo"], io())).toBe(0);
    expect(read("repo/personas/example-persona.md")).toContain("name: Example Persona");
    expect(out.join("")).toContain("Set up persona governance in repo:");
  });

  it("explains a file in the way of a folder instead of crashing", async () => {
    writeFileSync(join(dir, "personas"), "a file, not a folder");
    expect(await runCli(["init"], io())).toBe(2);
    expect(err.join("")).toMatch(/^persona-gov: cannot create the folder for personas\/example-persona\.md: a file is in the way of one of its folders\n$/);
  });
});
