import { describe, expect, it } from "vitest";
import { diagnostic } from "../../../src/core/diagnostics/diagnostic.js";
import { formatJson } from "../../../src/core/report/format-json.js";

describe("formatJson", () => {
  it("prints exactly the documented shape, with suggestion null when there is none", () => {
    const text = formatJson([
      diagnostic({ file: "personas/sre.md", line: 3, column: 5, severity: "error", rule: "broken-link", message: "gone", suggestion: "did you mean `x`?" }),
      diagnostic({ file: "personas/sre.md", line: 9, column: 1, severity: "warning", rule: "section-recommended", message: "add it" }),
    ]);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed: unknown = JSON.parse(text);
    expect(Object.keys(parsed as object)).toEqual(["diagnostics", "errors", "warnings"]);
    expect(parsed).toEqual({
      diagnostics: [
        { file: "personas/sre.md", line: 3, column: 5, severity: "error", rule: "broken-link", message: "gone", suggestion: "did you mean `x`?" },
        { file: "personas/sre.md", line: 9, column: 1, severity: "warning", rule: "section-recommended", message: "add it", suggestion: null },
      ],
      errors: 1,
      warnings: 1,
    });
    expect(Object.keys((parsed as { diagnostics: object[] }).diagnostics[1]!)).toEqual(["file", "line", "column", "severity", "rule", "message", "suggestion"]);
  });

  it("prints an empty report", () => {
    expect(formatJson([])).toBe('{"diagnostics":[],"errors":0,"warnings":0}\n');
  });
});
