import type { Config } from "../../core/config/config-schema.js";
import { DEFAULT_CONFIG_PATH } from "../../core/config/parse-config.js";
import { findQuestionFiles } from "../../core/questions/question-files.js";
import { findPersonaFiles } from "../../core/validate/find-persona-files.js";
import { readRepositoryConfig } from "../../core/validate/read-repository-config.js";
import { validateRepository } from "../../core/validate/validate-repository.js";
import type { ValidationReport } from "../../core/validation-report.js";
import type { RepoReader } from "./repo-reader.js";

export interface ReaderValidation {
  report: ValidationReport;
  /** The files `alsoRead` asked for that exist, read in the same batch as the persona docs. */
  extra: Map<string, Uint8Array>;
}

/**
 * Validates the persona docs a reader sees, reading no more than the validator uses: the settings file
 * first (it says where the docs are), then the persona docs and survey questions files together with
 * any `alsoRead` files, in one batch. Against GitHub that is one request per file that exists and
 * none for a file that does not.
 *
 * @param alsoRead files to read alongside the docs, chosen from the settings (e.g. the managed files)
 */
export async function validateFromReader(
  reader: RepoReader,
  options: { configPath?: string | undefined; alsoRead?: (config: Config) => readonly string[] } = {},
): Promise<ReaderValidation> {
  const configFile = options.configPath ?? DEFAULT_CONFIG_PATH;
  const configBytes = await reader.read([configFile]);
  const { config } = readRepositoryConfig({ paths: reader.paths, files: configBytes }, options.configPath);
  const docs = findPersonaFiles({ paths: reader.paths, files: new Map() }, config.personas.path).slice(0, config.personas.maxFiles);
  const extraPaths = options.alsoRead?.(config) ?? [];
  // The validator checks the survey questions files too, so they are read in the same batch.
  const questions = findQuestionFiles(reader.paths, config).filter((entry) => !entry.wrongExtension).map((entry) => entry.file);
  const files = await reader.read([...docs, ...questions, ...extraPaths]);
  const all = new Map([...configBytes, ...files]);
  const report = validateRepository({ paths: reader.paths, files: all }, options.configPath === undefined ? {} : { configPath: options.configPath });
  const extra = new Map(extraPaths.flatMap((path) => {
    const bytes = all.get(path);
    return bytes === undefined ? [] : [[path, bytes] as const];
  }));
  return { report, extra };
}
