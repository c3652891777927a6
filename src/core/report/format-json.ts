import { countDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * `--format json`: one object, stable key order, every key always present (`suggestion` is null when
 * there is none), so scripts can rely on the shape:
 * `{"diagnostics":[{file,line,column,severity,rule,message,suggestion}],"errors":N,"warnings":N}`.
 */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: Diagnostic["severity"];
  rule: string;
  message: string;
  suggestion: string | null;
}

export interface JsonReport {
  diagnostics: JsonDiagnostic[];
  errors: number;
  warnings: number;
}

export function toJsonReport(diagnostics: readonly Diagnostic[]): JsonReport {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return { diagnostics: diagnostics.map(toJsonDiagnostic), errors, warnings };
}

export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return { file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message, suggestion: d.suggestion ?? null };
}

/** The JSON text, one line, newline-terminated. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(toJsonReport(diagnostics))}\n`;
}
