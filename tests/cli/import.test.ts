import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { goldenCaseNames, readGoldenCase } from "../core/import/golden.js";

let dir: string;
let out: string[];
let err: string[];

function io(): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: {}, color: false, now: () => new Date("2026-01-01T00:00:00Z") };
}

function listFiles(folder: string): string[] {
  return readdirSync(join(dir, folder)).sort();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "persona-gov-import-"));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("persona-gov import", () => {
  it.each(goldenCaseNames())("writes the golden files and prints the golden JSON for %s", async (name) => {
    const golden = readGoldenCase(name);
    writeFileSync(join(dir, "source.md"), golden.source);
    const code = await runCli(["import", "source.md", "--out", "personas", "--format", "json"], io());
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual(golden.report);
    expect(listFiles("personas")).toEqual([...golden.files.keys()]);
    for (const [file, content] of golden.files) expect(readFileSync(join(dir, "personas", file), "utf8")).toBe(content);
  });

  it("prints what it created, skipped and found, and the next step", async () => {
    writeFileSync(join(dir, "all.md"), readGoldenCase("single-handbook").source);
    expect(await runCli(["import", "all.md", "--out", "docs/personas"], io())).toBe(0);
    const text = out.join("");
    expect(text).toContain("Imported 3 personas from all.md:");
    expect(text).toContain("  created  docs/personas/sreon-call-engineer.md  (SRE/On-call Engineer)");
    expect(text).toContain("  line 104  How to use this document");
    expect(text).toMatch(/all\.md:91:45 {2}warning {2}the link to "#sre-on-call-engineer".*\(did you mean #sreon-call-engineer\?\) {2}\[broken-anchor\]/);
    expect(text).toContain("Next: add champions to each new file, then run `persona-gov validate`.");
    expect(listFiles("docs/personas")).toEqual(["backend-developer.md", "data-scientist-ml.md", "sreon-call-engineer.md"]);
  });

  it("writes nothing when any target file exists, and overwrites all of them with --force", async () => {
    writeFileSync(join(dir, "all.md"), "## SRE\n\n### Goals\n\nFew pages.\n\n## Web\n\n### Goals\n\nFast pages.\n");
    mkdirSync(join(dir, "personas"));
    writeFileSync(join(dir, "personas", "web.md"), "mine");
    expect(await runCli(["import", "all.md", "--out", "personas"], io())).toBe(2);
    expect(err.join("")).toBe(
      "persona-gov: this file already exists: personas/web.md. Nothing was written; run again with --force to overwrite it.\n",
    );
    expect(listFiles("personas")).toEqual(["web.md"]);
    expect(await runCli(["import", "all.md", "--out", "personas", "--force"], io())).toBe(0);
    expect(listFiles("personas")).toEqual(["sre.md", "web.md"]);
    expect(readFileSync(join(dir, "personas", "web.md"), "utf8")).toContain("name: Web\n");
  });

  it("exits 1 and writes nothing when the document has no personas", async () => {
    writeFileSync(join(dir, "notes.md"), "# Notes\n\nNothing here.\n");
    expect(await runCli(["import", "notes.md", "--format", "json"], io())).toBe(1);
    const report = JSON.parse(out.join("")) as { personas: unknown[]; diagnostics: { rule: string }[] };
    expect(report.personas).toEqual([]);
    expect(report.diagnostics.map((d) => d.rule)).toEqual(["no-personas"]);
    expect(readdirSync(dir)).toEqual(["notes.md"]);
  });

  it("names a missing or unreadable input file without a stack trace", async () => {
    expect(await runCli(["import", "missing/personas.md"], io())).toBe(2);
    mkdirSync(join(dir, "folder.md"));
    writeFileSync(join(dir, "binary.md"), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    expect(await runCli(["import", "folder.md"], io())).toBe(2);
    expect(await runCli(["import", "binary.md"], io())).toBe(2);
    expect(err).toEqual([
      "persona-gov: cannot import missing/personas.md: no such file\n",
      "persona-gov: cannot import folder.md: it is a folder, not a Markdown file\n",
      "persona-gov: cannot import binary.md: it is not UTF-8 text\n",
    ]);
  });

  it("rejects an unknown output format", async () => {
    writeFileSync(join(dir, "all.md"), "## SRE\n\n### Goals\n\nx\n");
    expect(await runCli(["import", "all.md", "--format", "yaml"], io())).toBe(2);
    expect(err.join("")).toContain("Allowed choices are text, json");
    expect(readdirSync(dir)).toEqual(["all.md"]);
  });
});
