import type { Diagnostic } from "../../core/diagnostics/diagnostic.js";
import type { QuestionSet } from "../../core/questions/question-set.js";
import { readQuestionSets } from "../../core/questions/read-question-sets.js";
import { validateRepository } from "../../core/validate/validate-repository.js";
import type { ValidationReport } from "../../core/validation-report.js";
import { configKeyFor, readLocalSnapshot } from "../read-local-snapshot.js";

/** A persona program read from a local checkout: the validated personas and settings, and the survey questions. */
export interface LocalProgram {
  report: ValidationReport;
  /** The questions files that parsed (broken questions left out; see `questionDiagnostics`). */
  questionSets: QuestionSet[];
  /** Problems reading the questions files. */
  questionDiagnostics: Diagnostic[];
}

/** The checkout's folder is missing or unreadable. */
export class CheckoutUnreadableError extends Error {
  override readonly name = "CheckoutUnreadableError";
}

/**
 * Reads what the questions export, the survey analysis and the tool index need from a checkout at
 * `root`: the settings file, the persona docs (validated, as `persona-gov validate` does) and the
 * survey questions files.
 *
 * @param configPath the settings file, absolute or relative to `root`; `.github/persona-governance.yml` by default
 * @throws CheckoutUnreadableError when `root` cannot be listed
 */
export async function loadLocalProgram(root: string, configPath?: string): Promise<LocalProgram> {
  const configKey = configPath === undefined ? undefined : configKeyFor(root, configPath);
  let snapshot;
  try {
    snapshot = await readLocalSnapshot(root, configKey === undefined ? {} : { configPath: configKey });
  } catch (error) {
    throw new CheckoutUnreadableError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const report = validateRepository(snapshot, configKey === undefined ? {} : { configPath: configKey });
  const { sets, diagnostics } = readQuestionSets(snapshot, report.config);
  return { report, questionSets: sets, questionDiagnostics: diagnostics };
}
