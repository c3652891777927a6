import { describe, expect, it } from "vitest";
import { renderValidationSummary } from "../../../action/report/validation-summary.js";
import { countDiagnostics, type Diagnostic } from "../../../src/core/diagnostics/diagnostic.js";

function finding(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return { file: "personas/sre.md", line: 4, column: 1, severity: "error", rule: "broken-anchor", message: "no heading `goal` in sre.md", ...overrides };
}

function render(diagnostics: Diagnostic[], extra: { maxBytes?: number; configFile?: string } = {}): string {
  return renderValidationSummary({
    report: { diagnostics, counts: countDiagnostics(diagnostics), filesChecked: 3, ...(extra.configFile === undefined ? {} : { configFile: extra.configFile }) },
    pathOf: (file) => `docs/${file}`,
    root: "docs",
    ...(extra.maxBytes === undefined ? {} : { maxBytes: extra.maxBytes }),
  });
}

describe("renderValidationSummary", () => {
  it("says so plainly when everything passes", () => {
    const summary = render([], { configFile: ".github/persona-governance.yml" });
    expect(summary).toContain("## ✅ Persona docs: all checks passed");
    expect(summary).toContain("Checked 3 persona docs in `docs` with settings from `docs/.github/persona-governance.yml`.");
    expect(summary).toContain("No problems found.");
    expect(summary).not.toContain("| Line |");
  });

  it("names the defaults when there is no settings file", () => {
    expect(render([])).toContain("with the default settings.");
  });

  it("lists every finding in a table per file, with totals", () => {
    const diagnostics = [
      finding({ line: 4, suggestion: "did you mean `sre.md#goals`?" }),
      finding({ line: 9, severity: "warning", rule: "unknown-tool", message: "tool `Jenkins` is not in the registry" }),
      finding({ file: "personas/web.md", line: 2, rule: "missing-section", message: "required section `Goals` is missing" }),
    ];
    const summary = render(diagnostics);
    expect(summary).toContain("## ❌ Persona docs: 2 errors, 1 warning");
    expect(summary).toContain("| docs/personas/sre.md | 1 | 1 |");
    expect(summary).toContain("| **Total** | **2** | **1** |");
    expect(summary).toContain("### `docs/personas/sre.md`");
    expect(summary).toContain("| 4 | error | broken-anchor | no heading `goal` in sre.md | did you mean `sre.md#goals`? |");
    expect(summary).toContain("| 9 | warning | unknown-tool | tool `Jenkins` is not in the registry |  |");
    expect(summary).toContain("### `docs/personas/web.md`");
    expect(summary).toContain("this summary lists all 3 findings.");
  });

  it("headlines warnings without calling them errors", () => {
    expect(render([finding({ severity: "warning" })])).toContain("## ⚠️ Persona docs: 1 warning");
  });

  it("keeps text from the pull request from breaking the table or pinging anyone", () => {
    const summary = render([finding({ message: "heading `a|b` <img src=x> cc @octocat\nsecond line", suggestion: "rename `x</details>|y`" })]);
    const row = summary.split("\n").find((line) => line.startsWith("| 4 |"))!;
    expect(row).toContain("a\\|b");
    expect(row).toContain("\\<img src=x\\>");
    expect(row).toContain("@\u200Doctocat");
    expect(row).toContain("<br>second line");
    expect(row).toContain("rename \\`x\\</details\\>\\|y\\`");
    expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });

  it("stays under the size limit and says how many findings it left out", () => {
    const diagnostics = Array.from({ length: 500 }, (_, i) => finding({ line: i + 1, message: `problem number ${i + 1} `.repeat(10) }));
    const summary = render(diagnostics, { maxBytes: 20_000 });
    expect(Buffer.byteLength(summary)).toBeLessThan(20_500);
    const listed = summary.split("\n").filter((line) => /^\| \d+ \| error \|/.test(line)).length;
    expect(listed).toBeGreaterThan(10);
    expect(summary).toContain(`**${500 - listed} more findings not listed:**`);
  });
});
