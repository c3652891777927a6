import type { Context } from "probot";
import { DEFAULT_CONFIG_PATH } from "../core/config/parse-config.js";
import type { LoadedSettings, SettingsLoader } from "../flows/app/read-loaded-settings.js";
import { mergeSettings } from "./merge-settings.js";

/** Probot reads `.github/<name>`; this is the settings file's name there. */
const SETTINGS_FILE = DEFAULT_CONFIG_PATH.replace(/^\.github\//, "");
/** How the config loader marks problems with the files themselves (bad YAML, bad `_extends`). */
const LOADER_PROBLEM = "[@probot/octokit-plugin-config]";

/**
 * The settings through Probot's config loader, as `context.config()` reads them: the repository's
 * `.github/persona-governance.yml`, else the organisation's `.github` repository's, following
 * `_extends`. The loader's lower-level `config.get` is used because it also says which repositories it
 * looked in, which the App's cache needs to know when the settings may have changed.
 */
export function probotSettingsLoader(context: Context): SettingsLoader {
  const { owner, repo } = context.repo();
  const description = `${owner}/${repo}:${DEFAULT_CONFIG_PATH}`;
  const fallback = [{ owner, repo }, { owner, repo: ".github" }];
  return async (): Promise<LoadedSettings> => {
    try {
      const { files } = await context.octokit.config.get({ owner, repo, path: `.github/${SETTINGS_FILE}` });
      const layers = files.map((file) => file.config).filter((config) => config !== null).reverse();
      const sources = files.map((file) => ({ owner: file.owner, repo: file.repo }));
      return { status: "loaded", value: layers.length === 0 ? null : mergeSettings(layers), sources, description };
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(LOADER_PROBLEM)) {
        return { status: "unreadable", sources: fallback, description, message: error.message.slice(LOADER_PROBLEM.length).trim() };
      }
      throw error;
    }
  };
}
