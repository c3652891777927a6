import { configSchema, type Config } from "../../core/config/config-schema.js";
import { zodIssuesToDiagnostics } from "../../core/config/parse-config.js";
import type { RepoRef } from "../../github/gateway.js";
import type { ConfigProblem } from "./persona-program.js";

/**
 * The settings as a config loader found them. The App uses Probot's loader, which reads
 * `.github/persona-governance.yml`, falls back to the organisation's `.github` repository and follows
 * `_extends`, so the result may merge several files and carries no line numbers.
 */
export type LoadedSettings =
  | {
      status: "loaded";
      /** The merged settings object, or null when there is no settings file anywhere. */
      value: unknown;
      /** Every repository the loader looked in, whether or not it held a file: a change there matters. */
      sources: RepoRef[];
      /** How to name the settings in messages, e.g. `acme/widgets:.github/persona-governance.yml`. */
      description: string;
    }
  | { status: "unreadable"; sources: RepoRef[]; description: string; message: string };

/** Reads the settings of the repository an event is about. */
export type SettingsLoader = () => Promise<LoadedSettings>;

/**
 * Validates loaded settings with the same schema as the CLI and the Action. Problems name the key and
 * the fix; the positions are the pull request check's job, which validates the file itself.
 */
export function readLoadedSettings(loaded: LoadedSettings): { ok: true; config: Config } | { ok: false; problem: ConfigProblem } {
  if (loaded.status === "unreadable") {
    return { ok: false, problem: { source: loaded.description, problems: [loaded.message] } };
  }
  const value = loaded.value ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    const problems = ["the settings must be a mapping of keys such as `personas:` and `routing:`"];
    return { ok: false, problem: { source: loaded.description, problems } };
  }
  const parsed = configSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  const nowhere = { locate: () => ({ line: 1, column: 1 }) };
  const diagnostics = zodIssuesToDiagnostics(parsed.error.issues, nowhere, loaded.description, "config-schema", configSchema);
  const problems = diagnostics.map((d) => (d.suggestion === undefined ? d.message : `${d.message}: ${d.suggestion}`));
  return { ok: false, problem: { source: loaded.description, problems } };
}
