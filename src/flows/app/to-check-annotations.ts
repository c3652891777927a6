import type { Diagnostic } from "../../core/diagnostics/diagnostic.js";
import type { CheckAnnotation } from "../../github/gateway.js";

/**
 * One check annotation per diagnostic, titled with the rule so the list of annotations says which rule
 * fired. The gateway sends them 50 per request, so none is dropped (no Action-style limit of 10).
 */
export function toCheckAnnotations(diagnostics: readonly Diagnostic[]): CheckAnnotation[] {
  return diagnostics.map((d) => ({
    path: d.file,
    startLine: d.line,
    endLine: d.line,
    startColumn: d.column,
    endColumn: d.column,
    level: d.severity === "error" ? "failure" : "warning",
    message: d.suggestion === undefined ? d.message : `${d.message}\nSuggestion: ${d.suggestion}`,
    title: d.rule,
  }));
}

/** `failure` when anything is an error, `neutral` on warnings only, else `success`. */
export function conclusionFor(counts: { errors: number; warnings: number }): "success" | "failure" | "neutral" {
  if (counts.errors > 0) return "failure";
  return counts.warnings > 0 ? "neutral" : "success";
}
