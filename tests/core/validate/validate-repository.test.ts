import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/core/diagnostics/diagnostic.js";
import { sortDiagnostics } from "../../../src/core/diagnostics/diagnostic.js";
import type { RepoSnapshot } from "../../../src/core/repo/repo-snapshot.js";
import { RULES } from "../../../src/core/validate/rules.js";
import { validateRepository } from "../../../src/core/validate/validate-repository.js";
import { validate, validDoc } from "./validate-helpers.js";

/** One repository that breaks every rule the validator can report from file contents. */
const BROKEN: Record<string, string> = {
  ".github/persona-governance.yml": "tools:\n  - name: Grafana\n",
  "personas/no-front-matter.md": "## Goals\n",
  "personas/js.md": "---js\n{}\n---\n",
  "personas/yaml.md": "---\nname: [\n---\n",
  "personas/schema.md": "---\nname: X\ncolour: red\n---\n",
  "personas/champ.md": "---\nname: Champ\nchampions: [nobody]\n---\n",
  "personas/Bad Name.md": validDoc({ name: "Bad" }),
  "personas/dup-a.md": validDoc({ name: "Dup A", id: "dup" }),
  "personas/dup-b.md": validDoc({ name: "Dup B", id: "dup", aliases: ["Cycle A"] }),
  "personas/cycle-a.md": validDoc({ name: "Cycle A", parent: "cycle-b", champions: [] }),
  "personas/cycle-b.md": validDoc({ name: "Cycle B", parent: "cycle-a" }, { sections: { Goals: "", Notes: "[x](missing.md) [y](#nowhere)" } }),
  "personas/orphan.md": validDoc({ name: "Orphan", parent: "nobody", workflow: { nophase: ["Grafana"], testing: ["Jenkins"] } }),
};

describe("validateRepository", () => {
  const report = validate(BROKEN, ["personas/unread.md"]);

  it("reports every rule at once, across all files", () => {
    const rules = new Set(report.diagnostics.map((d) => d.rule));
    expect([...rules].sort()).toEqual(
      [
        "broken-anchor", "broken-link", "champion-malformed", "champions-missing", "duplicate-id", "file-unread", "front-matter-language",
        "front-matter-missing", "front-matter-schema", "invalid-id", "name-collision", "parent-cycle", "section-empty", "section-missing",
        "section-recommended", "unknown-parent", "unknown-phase", "unknown-tool", "yaml-syntax",
      ].sort(),
    );
  });

  it("documents every rule it reports", () => {
    const documented = new Set(RULES.map((r) => r.id));
    for (const d of report.diagnostics) expect(documented, d.rule).toContain(d.rule);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.what.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(5);
    }
    expect(documented.size).toBe(RULES.length);
  });

  it("sorts diagnostics and counts them", () => {
    expect(report.diagnostics).toEqual(sortDiagnostics(report.diagnostics));
    expect(report.counts.errors).toBe(report.diagnostics.filter((d) => d.severity === "error").length);
    expect(report.counts.warnings).toBe(report.diagnostics.filter((d) => d.severity === "warning").length);
    expect(report.filesChecked).toBe(12);
  });

  it("returns the personas that parsed, for later steps", () => {
    expect(report.personas.map((p) => p.id).sort()).toEqual(["cycle-a", "cycle-b", "dup", "dup", "orphan"]);
  });

  it("returns a clean report for a clean repository", () => {
    const clean = validate({ "personas/sre.md": validDoc({ name: "SRE" }), "personas/web.md": validDoc({ name: "Web", parent: "sre" }) });
    expect(clean).toMatchObject({ diagnostics: [], counts: { errors: 0, warnings: 0 }, filesChecked: 2 });
    expect(clean.configFile).toBeUndefined();
  });
});

describe("validateRepository never crashes", () => {
  const wellFormed = (d: Diagnostic, files: ReadonlySet<string>) => {
    expect(typeof d.file).toBe("string");
    expect(files.has(d.file) || d.file === "personas").toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(["error", "warning"]).toContain(d.severity);
    expect(d.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(d.rule).not.toBe("internal-error");
    expect(d.message.length).toBeGreaterThan(0);
  };
  const check = (snapshot: RepoSnapshot) => {
    const result = validateRepository(snapshot);
    const files = new Set([...snapshot.paths, ...snapshot.files.keys()]);
    for (const d of result.diagnostics) wellFormed(d, files);
    expect(result.filesChecked).toBe([...files].filter((f) => f.startsWith("personas/")).length);
  };
  const encoder = new TextEncoder();
  const snapshotOf = (docs: readonly Uint8Array[]): RepoSnapshot => {
    const files = new Map(docs.map((bytes, i) => [`personas/p${i}.md`, bytes] as const));
    return { paths: new Set(files.keys()), files };
  };

  it("on random bytes", () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 400 }), { minLength: 1, maxLength: 4 }), (docs) => check(snapshotOf(docs))), { numRuns: 200 });
  });

  const markdownish = fc
    .array(fc.constantFrom("---", "---js", "# ", "## Goals", "## Role Summary", "[a](b.md#c)", "[x](#goals)", "| Phase | Tools |", "|---|---|", "| testing | jest |", "```", "<!--", "-->", "> ", "- ", "\n", "\n\n", "\t", "\r\n", "&amp;", "\\", "*", "`", "name: x", "champions: [\"@a\"]", "parent: p0", "id: p1", "\u0000", "é", "🚀"), { maxLength: 40 })
    .map((parts) => parts.join(""));

  it("on random strings with front-matter fences and Markdown", () => {
    fc.assert(fc.property(fc.array(markdownish, { minLength: 1, maxLength: 4 }), (docs) => check(snapshotOf(docs.map((d) => encoder.encode(d))))), { numRuns: 300 });
  });

  const yamlish = fc
    .array(fc.constantFrom("name: ", "x", "\n", "  ", "- ", ": ", "&a ", "*a ", "[", "]", "{", "}", "!!str ", "!!js/function ", "'", '"', "#", "? ", "|", ">", "<<: *a", "%YAML 1.2", "---", "...", "workflow:", "testing: [a]", "1e999", "~"), { maxLength: 40 })
    .map((parts) => `---\n${parts.join("")}\n---\n## Goals\n`);

  it("on random YAML-ish front matter", () => {
    fc.assert(fc.property(fc.array(yamlish, { minLength: 1, maxLength: 3 }), (docs) => check(snapshotOf(docs.map((d) => encoder.encode(d))))), { numRuns: 300 });
  });

  it("on random text with a random settings file", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), markdownish, (config, doc) => {
        const snapshot: RepoSnapshot = {
          paths: new Set([".github/persona-governance.yml", "personas/p0.md"]),
          files: new Map([
            [".github/persona-governance.yml", encoder.encode(config)],
            ["personas/p0.md", encoder.encode(doc)],
          ]),
        };
        const result = validateRepository(snapshot);
        for (const d of result.diagnostics) wellFormed(d, snapshot.paths);
      }),
      { numRuns: 200 },
    );
  });
});
