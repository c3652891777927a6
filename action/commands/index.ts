import type { ActionCommand } from "./command.js";
import { followupsCommand } from "./followups.js";
import { surveyCommand } from "./survey.js";
import { syncCommand } from "./sync.js";
import { validateCommand } from "./validate.js";

/**
 * The values `command:` accepts. Adding a command is one file in this folder and one entry here; the
 * input is checked against these keys, so nothing else changes.
 */
export const commands = {
  validate: validateCommand,
  sync: syncCommand,
  survey: surveyCommand,
  followups: followupsCommand,
} satisfies Record<string, ActionCommand>;

export type CommandName = keyof typeof commands;

export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(commands, value);
}
