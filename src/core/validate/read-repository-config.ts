import type { Config } from "../config/config-schema.js";
import { DEFAULT_CONFIG_PATH, defaultConfig, parseConfig } from "../config/parse-config.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readText } from "../persona/read-text.js";
import type { RepoSnapshot } from "../repo/repo-snapshot.js";

/** Settings files are small; anything bigger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface RepositoryConfig {
  config: Config;
  /** The settings file that was read; absent when the defaults apply. */
  configFile?: string;
  diagnostics: Diagnostic[];
}

/**
 * The repository's settings: the named file, or `.github/persona-governance.yml` when it exists, or
 * the defaults. A broken file is reported and the defaults stand in, so the personas are still checked.
 */
export function readRepositoryConfig(snapshot: RepoSnapshot, configPath?: string): RepositoryConfig {
  const file = configPath ?? DEFAULT_CONFIG_PATH;
  const bytes = snapshot.files.get(file);
  if (!bytes) {
    if (configPath === undefined) return { config: defaultConfig(), diagnostics: [] };
    return {
      config: defaultConfig(),
      diagnostics: [diagnostic({ file, line: 1, column: 1, severity: "error", rule: "config-missing", message: `settings file \`${file}\` does not exist`, suggestion: `check the path, or leave it out to use \`${DEFAULT_CONFIG_PATH}\`` })],
    };
  }
  const decoded = readText(file, bytes, MAX_CONFIG_BYTES);
  if (decoded.text === undefined) return { config: defaultConfig(), configFile: file, diagnostics: decoded.diagnostics };
  const parsed = parseConfig(decoded.text, file);
  return { config: parsed.config, configFile: file, diagnostics: parsed.diagnostics };
}
