import { validateRepository } from "../core/validate/validate-repository.js";
import type { ValidationReport } from "../core/validation-report.js";
import { configKeyFor, readLocalSnapshot } from "./read-local-snapshot.js";
import type { LocalFiles } from "./local-files.js";

export interface ValidateLocalOptions {
  /** The settings file, relative to `root` or absolute. */
  configPath?: string;
  files?: LocalFiles;
}

/**
 * Validates the persona docs of a checkout. Diagnostics name files relative to `root`.
 *
 * @throws when `root` cannot be listed (the CLI checks it first and reports a usage error)
 */
export async function validateLocal(root: string, options: ValidateLocalOptions = {}): Promise<ValidationReport> {
  const configPath = options.configPath === undefined ? undefined : configKeyFor(root, options.configPath);
  const snapshot = await readLocalSnapshot(root, {
    ...(configPath === undefined ? {} : { configPath }),
    ...(options.files === undefined ? {} : { files: options.files }),
  });
  return validateRepository(snapshot, configPath === undefined ? {} : { configPath });
}
