import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ImportResult, SkippedSection } from "./import-document.js";

/** What `persona-gov import --format json` prints: the result without the file contents. */
export interface ImportReport {
  personas: { id: string; name: string; file: string }[];
  skipped: SkippedSection[];
  diagnostics: Diagnostic[];
}

/** Drops the file contents, keeping what a person or a script needs to know about the import. */
export function toImportReport(result: ImportResult): ImportReport {
  return {
    personas: result.personas.map(({ id, name, file }) => ({ id, name, file })),
    skipped: result.skipped,
    diagnostics: result.diagnostics,
  };
}
