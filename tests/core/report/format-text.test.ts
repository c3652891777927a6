import { describe, expect, it } from "vitest";
import { diagnostic, type Diagnostic } from "../../../src/core/diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../../src/core/report/format-diagnostics.js";
import { formatText } from "../../../src/core/report/format-text.js";

const DIAGNOSTICS: Diagnostic[] = [
  diagnostic({ file: "personas/sre.md", line: 3, column: 1, severity: "error", rule: "champions-missing", message: "no champions", suggestion: "add one" }),
  diagnostic({ file: "personas/sre.md", line: 12, column: 15, severity: "warning", rule: "unknown-tool", message: 'tool "Grafanna" is not registered' }),
  diagnostic({ file: "personas/web.md", line: 7, column: 2, severity: "error", rule: "broken-link", message: "link is broken" }),
];

describe("formatText", () => {
  it("groups by file, aligns positions and ends with a summary", () => {
    expect(formatText(DIAGNOSTICS, { color: false, filesChecked: 4 })).toBe(
      [
        "personas/sre.md",
        "  3:1    error    no champions  [champions-missing]",
        "                  → add one",
        '  12:15  warning  tool "Grafanna" is not registered  [unknown-tool]',
        "",
        "personas/web.md",
        "  7:2  error    link is broken  [broken-link]",
        "",
        "✖ 2 errors, 1 warning in 2 files",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [[], 12, "✔ 12 personas valid\n"],
    [[], 1, "✔ 1 persona valid\n"],
    [[], 0, "✔ no persona docs to check\n"],
    [[DIAGNOSTICS[2]!], 3, "✖ 1 error in 1 file"],
    [[DIAGNOSTICS[1]!], 3, "✔ 3 personas valid, with 1 warning in 1 file"],
  ])("summarises %# as expected", (diagnostics, filesChecked, summary) => {
    expect(formatText(diagnostics, { color: false, filesChecked })).toContain(summary);
  });

  it("colours only when asked", () => {
    const coloured = formatText(DIAGNOSTICS, { color: true, filesChecked: 1 });
    expect(coloured).toContain("\u001b[31merror  \u001b[0m");
    expect(coloured).toContain("\u001b[31m✖ 2 errors, 1 warning in 2 files\u001b[0m");
    expect(formatText(DIAGNOSTICS, { color: false, filesChecked: 1 })).not.toContain("\u001b");
  });

  it("keeps control characters from file contents out of the terminal", () => {
    const hostile = diagnostic({ file: "personas/x.md", line: 1, column: 1, severity: "error", rule: "r", message: "bad \u001b]0;title\u0007 heading" });
    expect(formatText([hostile], { color: false, filesChecked: 1 })).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe("formatDiagnostics", () => {
  it("dispatches on the format", () => {
    const input = { diagnostics: DIAGNOSTICS, filesChecked: 2 };
    expect(formatDiagnostics("json", input)).toMatch(/^\{"diagnostics":\[/);
    expect(formatDiagnostics("github", input)).toMatch(/^::error file=personas\/sre\.md,/);
    expect(formatDiagnostics("text", input)).toMatch(/^personas\/sre\.md\n/);
  });
});
