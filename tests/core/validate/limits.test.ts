import { describe, expect, it } from "vitest";
import type { RepoSnapshot } from "../../../src/core/repo/repo-snapshot.js";
import { validateRepository } from "../../../src/core/validate/validate-repository.js";
import { findings, validate, validDoc } from "./validate-helpers.js";

describe("which files are persona docs", () => {
  it("checks every .md under the personas path at any depth, except READMEs", () => {
    const report = validate({
      "personas/README.md": "# Directory\n",
      "personas/team/readme.md": "# Notes\n",
      "personas/sre.md": validDoc({ name: "SRE" }),
      "personas/team/web.md": validDoc({ name: "Web" }),
      "docs/other.md": "no front matter",
      "personas/notes.txt": "not markdown",
    });
    expect(report.filesChecked).toBe(2);
    expect(report.personas.map((p) => p.file)).toEqual(["personas/sre.md", "personas/team/web.md"]);
    expect(report.diagnostics).toEqual([]);
  });

  it("follows a configured personas path", () => {
    const report = validate({ ".github/persona-governance.yml": "personas:\n  path: ./docs/personas/\n", "docs/personas/sre.md": validDoc({ name: "SRE" }), "personas/x.md": "junk" });
    expect(report.personas.map((p) => p.id)).toEqual(["sre"]);
    expect(report.configFile).toBe(".github/persona-governance.yml");
  });
});

describe("too-many-files", () => {
  it("reports the count and checks only the first docs up to the limit", () => {
    const files: Record<string, string> = { ".github/persona-governance.yml": "personas:\n  maxFiles: 2\n" };
    for (const name of ["a", "b", "c"]) files[`personas/${name}.md`] = validDoc({ name: name.toUpperCase() });
    const report = validate(files);
    expect(findings(report, "too-many-files")).toEqual([
      ["personas", 1, "3 persona docs found under `personas`, over the limit of 2; only the first 2 were checked", expect.stringContaining("personas.maxFiles")],
    ]);
    expect(report.filesChecked).toBe(2);
    expect(report.personas.map((p) => p.id)).toEqual(["a", "b"]);
  });
});

describe("file-too-large, binary-file, encoding", () => {
  it("reports each bad file and still checks the others", () => {
    const snapshot: RepoSnapshot = {
      paths: new Set(["personas/big.md", "personas/bin.md", "personas/latin.md", "personas/ok.md", ".github/persona-governance.yml"]),
      files: new Map([
        [".github/persona-governance.yml", new TextEncoder().encode("personas:\n  maxFileBytes: 2000\n")],
        ["personas/big.md", new Uint8Array(2001).fill(0x61)],
        ["personas/bin.md", new Uint8Array([0x2d, 0x00, 0x01])],
        ["personas/latin.md", new Uint8Array([0x63, 0x61, 0x66, 0xe9])],
        ["personas/ok.md", new TextEncoder().encode(validDoc({ name: "OK" }))],
      ]),
    };
    const report = validateRepository(snapshot);
    expect(report.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ["personas/big.md", "file-too-large"],
      ["personas/bin.md", "binary-file"],
      ["personas/latin.md", "encoding"],
    ]);
    expect(report.personas.map((p) => p.id)).toEqual(["ok"]);
  });
});

describe("file-unread", () => {
  it("reports a persona doc listed without contents", () => {
    const report = validate({ "personas/ok.md": validDoc({ name: "OK" }) }, ["personas/link.md"]);
    expect(findings(report, "file-unread")).toEqual([["personas/link.md", 1, "the contents of this persona doc were not available to the validator", expect.any(String)]]);
  });
});

describe("settings file", () => {
  it("reports settings problems and falls back to the defaults", () => {
    const report = validate({ ".github/persona-governance.yml": "personas:\n  pth: docs\n", "personas/sre.md": validDoc({ name: "SRE" }) });
    expect(findings(report, "config-schema")).toEqual([[".github/persona-governance.yml", 2, "unknown key `personas.pth`", "did you mean `personas.path`?"]]);
    expect(report.personas.map((p) => p.id)).toEqual(["sre"]);
  });

  it("reads a settings file at another path when asked, and reports it when absent", () => {
    const files = { "config/pg.yml": "personas:\n  path: people\n", "people/sre.md": validDoc({ name: "SRE" }) };
    expect(validate(files, [], "config/pg.yml")).toMatchObject({ configFile: "config/pg.yml", filesChecked: 1 });
    expect(findings(validate(files, [], "config/missing.yml"), "config-missing")).toEqual([
      ["config/missing.yml", 1, "settings file `config/missing.yml` does not exist", expect.any(String)],
    ]);
  });

  it("reports a settings file that is not text", () => {
    const snapshot: RepoSnapshot = { paths: new Set([".github/persona-governance.yml"]), files: new Map([[".github/persona-governance.yml", new Uint8Array([0, 1, 2])]]) };
    expect(validateRepository(snapshot).diagnostics.map((d) => d.rule)).toEqual(["binary-file"]);
  });
});
