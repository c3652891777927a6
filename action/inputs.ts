import { posix } from "node:path";
import { closestMatch } from "../src/core/diagnostics/suggest.js";
import { DEFAULT_CONFIG_PATH } from "../src/core/config/parse-config.js";
import { COMMAND_NAMES, isCommandName, type CommandName } from "./commands/index.js";
import type { ActionCore } from "./deps.js";
import { InputError } from "./errors.js";

/** The workflow's `with:` values, checked and typed. Defaults match action.yml (a test keeps them equal). */
export interface ActionInputs {
  command: CommandName;
  /** Empty when the workflow passed none. */
  githubToken: string;
  /**
   * Set only when the workflow names a settings file other than the default. The default file is
   * optional (absent means defaults); a file named explicitly must exist.
   */
  configPath?: string;
  workingDirectory: string;
  dryRun: boolean;
  surveyFile?: string;
  projectToken?: string;
}

export const INPUT_DEFAULTS = {
  command: "validate",
  config: DEFAULT_CONFIG_PATH,
  "working-directory": ".",
  "dry-run": false,
} as const;

/**
 * Reads every input once. The runner fills in action.yml's defaults; the same defaults apply when an
 * input is missing entirely, as in a local `node dist/index.js`.
 *
 * @throws InputError naming the input, the value given and what it accepts
 */
export function readInputs(core: Pick<ActionCore, "getInput" | "getBooleanInput" | "setSecret">): ActionInputs {
  const githubToken = core.getInput("github-token");
  const projectToken = core.getInput("project-token");
  for (const token of [githubToken, projectToken]) if (token !== "") core.setSecret(token);
  const surveyFile = core.getInput("survey-file");
  const configPath = readPath(core.getInput("config"), "config", INPUT_DEFAULTS.config);
  return {
    command: readCommand(core.getInput("command")),
    githubToken,
    ...(configPath === INPUT_DEFAULTS.config ? {} : { configPath }),
    workingDirectory: readPath(core.getInput("working-directory"), "working-directory", INPUT_DEFAULTS["working-directory"]),
    dryRun: readBoolean(core, "dry-run"),
    ...(surveyFile === "" ? {} : { surveyFile: readPath(surveyFile, "survey-file", "") }),
    ...(projectToken === "" ? {} : { projectToken }),
  };
}

function readCommand(raw: string): CommandName {
  const value = raw === "" ? INPUT_DEFAULTS.command : raw;
  if (isCommandName(value)) return value;
  const near = closestMatch(value.toLowerCase(), COMMAND_NAMES);
  const hint = near === undefined ? "" : `; did you mean '${near}'?`;
  throw new InputError(`Input 'command' must be one of: ${COMMAND_NAMES.join(", ")} (got '${printable(value)}')${hint}`);
}

function readBoolean(core: Pick<ActionCore, "getInput" | "getBooleanInput">, name: "dry-run"): boolean {
  if (core.getInput(name) === "") return INPUT_DEFAULTS[name];
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`Input '${name}' must be true or false (got '${printable(core.getInput(name))}')`);
  }
}

/** A path as the workflow wrote it, normalised so `./.github/x.yml` and `.github/x.yml` are the same file. */
function readPath(raw: string, name: string, fallback: string): string {
  const value = raw === "" ? fallback : raw;
  if (value.includes("\0")) throw new InputError(`Input '${name}' must be a path (got a value containing a NUL character)`);
  return posix.normalize(value.replace(/\\/g, "/"));
}

/** Echoes user input without control characters, so a value cannot forge workflow commands in the log. */
function printable(value: string): string {
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return cleaned.length > 60 ? `${cleaned.slice(0, 57)}...` : cleaned;
}
