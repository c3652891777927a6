import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";
import { validateRepository } from "../../../src/core/validate/validate-repository.js";
import type { ValidationReport } from "../../../src/core/validation-report.js";
import { ALL_SECTIONS, personaDoc, type PersonaDocInput } from "../../support/persona-builder.js";

/** A persona doc that passes every rule on its own: all sections, a champion. */
export function validDoc(frontMatter: Record<string, unknown> = {}, extra: Omit<PersonaDocInput, "frontMatter"> = {}): string {
  return personaDoc({ sections: ALL_SECTIONS, ...extra, frontMatter });
}

export function validate(files: Record<string, string>, extraPaths: readonly string[] = [], configPath?: string): ValidationReport {
  return validateRepository(snapshotFromTexts(files, extraPaths), configPath === undefined ? {} : { configPath });
}

/** The diagnostics of one rule, as `[file, line, message, suggestion]` rows for compact assertions. */
export function findings(report: ValidationReport, rule: string): (string | number | undefined)[][] {
  return report.diagnostics.filter((d) => d.rule === rule).map((d) => [d.file, d.line, d.message, d.suggestion]);
}
