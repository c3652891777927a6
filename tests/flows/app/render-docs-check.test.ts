import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { countDiagnostics, type Diagnostic } from "../../../src/core/diagnostics/diagnostic.js";
import type { ValidationReport } from "../../../src/core/validation-report.js";
import { renderDocsCheck } from "../../../src/flows/app/render-docs-check.js";

function report(diagnostics: Diagnostic[]): ValidationReport {
  return { config: defaultConfig(), configFile: ".github/persona-governance.yml", personas: [], diagnostics, counts: countDiagnostics(diagnostics), filesChecked: 3 };
}

const finding = (severity: Diagnostic["severity"], message = "something is off", file = "personas/sre.md"): Diagnostic => ({
  file,
  line: 4,
  column: 2,
  severity,
  rule: "broken-link",
  message,
  suggestion: "fix it",
});

describe("renderDocsCheck", () => {
  it("succeeds with nothing to report", () => {
    const check = renderDocsCheck(report([]), { operations: [], warnings: [] });
    expect(check.conclusion).toBe("success");
    expect(check.output.title).toBe("All persona docs pass");
    expect(check.output.summary).toContain("No problems found.");
    expect(check.output.summary).toContain("persona-governance sync plan");
  });

  it("is neutral on warnings only and failure on any error, with one annotation per finding", () => {
    expect(renderDocsCheck(report([finding("warning")]), undefined).conclusion).toBe("neutral");
    const failing = renderDocsCheck(report([finding("warning"), finding("error")]), undefined);
    expect(failing.conclusion).toBe("failure");
    expect(failing.output.title).toBe("1 error, 1 warning");
    expect(failing.output.annotations).toEqual([
      expect.objectContaining({ path: "personas/sre.md", startLine: 4, endLine: 4, startColumn: 2, level: "warning", title: "broken-link", message: "something is off\nSuggestion: fix it" }),
      expect.objectContaining({ level: "failure" }),
    ]);
    expect(failing.output.summary).toContain("No plan");
  });

  it("escapes text from the pull request so it cannot ping or break the tables", () => {
    const check = renderDocsCheck(report([finding("error", "link to @alice | <b>x</b>", "personas/@evil|x.md")]), undefined);
    expect(check.output.summary).not.toMatch(/@evil/);
    expect(check.output.text).not.toMatch(/@alice/);
    expect(check.output.text).not.toContain("<b>");
    expect(check.output.text?.split("\n")[2]?.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it("keeps the findings table within GitHub's limit and says how many are left out", () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding("error", `problem number ${i} `.repeat(5)));
    const check = renderDocsCheck(report(many), undefined);
    expect(check.output.text?.length).toBeLessThanOrEqual(60_000);
    expect(check.output.text).toMatch(/\d+ more findings are in the annotations only\.$/);
    expect(check.output.annotations).toHaveLength(2000);
  });
});
