import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { ALL_SECTIONS, personaDoc } from "../support/persona-builder.js";

let cwd: string;
let out: string[];
let err: string[];

function io(color = false): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {}, color, now: () => new Date("2026-01-01T00:00:00Z") };
}

function write(path: string, content: string): void {
  mkdirSync(dirname(join(cwd, path)), { recursive: true });
  writeFileSync(join(cwd, path), content);
}

const run = (...args: string[]) => runCli(["validate", ...args], io());
const stdout = () => out.join("");

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), "persona-gov-cli-validate-"));
  out = [];
  err = [];
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const BROKEN = personaDoc({ frontMatter: { name: "Web", parent: "sre-oncall" }, sections: { ...ALL_SECTIONS, Goals: "See [SRE](sre.md#goal)." } });

describe("persona-gov validate", () => {
  it("exits 0 with a summary when every persona is valid", async () => {
    write("repo/personas/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    expect(await run("--dir", "repo")).toBe(0);
    expect(stdout()).toBe("✔ 1 persona valid\n");
    expect(err).toEqual([]);
  });

  it("validates the current directory by default", async () => {
    write("personas/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    write("personas/README.md", "# Personas\n");
    expect(await run()).toBe(0);
    expect(stdout()).toBe("✔ 1 persona valid\n");
  });

  it("exits 1 and prints findings grouped by file, relative to --dir", async () => {
    write("repo/personas/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    write("repo/personas/web.md", BROKEN);
    expect(await run("--dir", "repo")).toBe(1);
    expect(stdout()).toContain("personas/web.md\n");
    expect(stdout()).toMatch(/ {2}5:1 +error {4}parent `sre-oncall` is not the id of any persona {2}\[unknown-parent\]\n/);
    expect(stdout()).toContain("→ did you mean `sre.md#goals`?");
    expect(stdout()).toMatch(/✖ 2 errors in 1 file\n$/);
    expect(stdout()).not.toContain(cwd);
  });

  it("prints the documented JSON shape", async () => {
    write("personas/web.md", BROKEN);
    write("personas/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    expect(await run("--format", "json")).toBe(1);
    const report = JSON.parse(stdout()) as { diagnostics: Record<string, unknown>[]; errors: number; warnings: number };
    expect(report).toEqual({
      diagnostics: [
        { file: "personas/web.md", line: 5, column: 1, severity: "error", rule: "unknown-parent", message: "parent `sre-oncall` is not the id of any persona", suggestion: expect.any(String) },
        { file: "personas/web.md", line: 19, column: 5, severity: "error", rule: "broken-anchor", message: "link `sre.md#goal`: `personas/sre.md` has no heading with the anchor `#goal`", suggestion: "did you mean `sre.md#goals`?" },
      ],
      errors: 2,
      warnings: 0,
    });
  });

  it("prints GitHub workflow commands", async () => {
    write("personas/web.md", BROKEN);
    write("personas/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    expect(await run("--format", "github")).toBe(1);
    expect(stdout().split("\n")).toEqual([
      expect.stringMatching(/^::error file=personas\/web\.md,line=5,col=1,title=unknown-parent::parent `sre-oncall` is not the id of any persona%0ASuggestion: /),
      "::error file=personas/web.md,line=19,col=5,title=broken-anchor::link `sre.md#goal`: `personas/sre.md` has no heading with the anchor `#goal`%0ASuggestion: did you mean `sre.md#goals`?",
      "",
    ]);
  });

  it("colours text output on a terminal", async () => {
    write("personas/web.md", BROKEN);
    expect(await runCli(["validate"], io(true))).toBe(1);
    expect(stdout()).toContain("\u001b[31m");
  });

  it("uses --config relative to the current directory", async () => {
    write("settings.yml", "personas:\n  path: people\n");
    write("repo/people/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    expect(await run("--dir", "repo", "--config", "settings.yml")).toBe(0);
    expect(stdout()).toBe("✔ 1 persona valid\n");
  });

  it("exits 2 on a broken settings file, still printing the findings", async () => {
    write(".github/persona-governance.yml", "personas:\n  pth: people\n");
    expect(await run("--format", "json")).toBe(2);
    expect(JSON.parse(stdout())).toMatchObject({ diagnostics: [{ rule: "config-schema", line: 2, suggestion: "did you mean `personas.path`?" }], errors: 1 });
  });

  it.each([
    [["--dir", "missing"], "persona-gov: directory not found: missing\n"],
    [["--config", "nope.yml"], "persona-gov: file not found: nope.yml\n"],
  ])("exits 2 with a clear message for %j", async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(err.join("")).toBe(message);
    expect(out).toEqual([]);
  });

  it("exits 2 when --dir is a file or --format is unknown", async () => {
    write("file.txt", "x");
    expect(await run("--dir", "file.txt")).toBe(2);
    expect(err.join("")).toBe("persona-gov: file.txt is not a directory\n");
    err = [];
    expect(await run("--format", "xml")).toBe(2);
    expect(err.join("")).toContain("xml");
  });
});
