/**
 * A finding about a user's file. Every validator, importer and parser in the core reports problems
 * this way, so the CLI, the Action and the App can all print, annotate or serialise them alike.
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line. Line 1 when a problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable, kebab-case rule id, e.g. `broken-anchor`. Documented in the README. */
  rule: string;
  /** What is wrong, in a sentence that names the key, heading or link. */
  message: string;
  /** What would fix it, e.g. `did you mean "sre.md#goals"?` */
  suggestion?: string;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

/** Builds a diagnostic while leaving `suggestion` out entirely when there is none (exactOptionalPropertyTypes). */
export function diagnostic(
  fields: Omit<Diagnostic, "suggestion"> & { suggestion?: string | undefined },
): Diagnostic {
  const { suggestion, ...rest } = fields;
  return suggestion === undefined ? rest : { ...rest, suggestion };
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Orders diagnostics by file, then position, then rule, so output is stable between runs. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      a.message.localeCompare(b.message),
  );
}
