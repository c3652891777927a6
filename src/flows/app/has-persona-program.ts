import { DEFAULT_CONFIG_PATH, defaultConfig } from "../../core/config/parse-config.js";
import { findPersonaFiles } from "../../core/validate/find-persona-files.js";
import type { GitHubGateway } from "../../github/gateway.js";

/**
 * Whether a repository runs a persona program of its own: it has the settings file, or persona docs
 * where the defaults look for them. An App installed on a whole organisation must not open sync pull
 * requests in every repository, only in those that hold a program. One request (the tree).
 */
export async function hasPersonaProgram(gateway: GitHubGateway): Promise<boolean> {
  const paths = new Set(await gateway.repo.listPaths());
  if (paths.has(DEFAULT_CONFIG_PATH)) return true;
  return findPersonaFiles({ paths, files: new Map() }, defaultConfig().personas.path).length > 0;
}
