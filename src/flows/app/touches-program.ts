import type { Config } from "../../core/config/config-schema.js";
import { DEFAULT_CONFIG_PATH } from "../../core/config/parse-config.js";
import { directoryPrefix } from "../../core/validate/find-persona-files.js";

/**
 * Whether a change to `paths` concerns the persona program: the settings file, a persona doc, or a
 * survey questions file. Anything else (code, other docs) leaves the check, the sync and the cache
 * alone.
 */
export function touchesProgram(paths: Iterable<string>, config: Config, configPath: string = DEFAULT_CONFIG_PATH): boolean {
  const prefixes = [directoryPrefix(config.personas.path), directoryPrefix(config.survey.questionsPath)];
  for (const path of paths) {
    if (path === configPath || prefixes.some((prefix) => path.startsWith(prefix))) return true;
  }
  return false;
}
