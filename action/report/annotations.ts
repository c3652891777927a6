import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.js";
import type { Annotation } from "../commands/command.js";

/**
 * One annotation per diagnostic, titled with the rule id so the PR's annotation list says which rule
 * fired. GitHub shows only the first 10 errors and 10 warnings of a step on the diff; the job summary
 * carries the complete list, so none are dropped here.
 */
export function annotationsFor(diagnostics: readonly Diagnostic[], pathOf: (file: string) => string): Annotation[] {
  return diagnostics.map((d) => ({
    level: d.severity,
    message: d.suggestion === undefined ? d.message : `${d.message}\nSuggestion: ${d.suggestion}`,
    properties: { file: pathOf(d.file), startLine: d.line, startColumn: d.column, title: d.rule },
  }));
}
