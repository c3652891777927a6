import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { registerImport } from "./import.js";
import { registerInit } from "./init.js";

/**
 * A command module adds one command (or a command group) to the program. Its action sets
 * `state.exitCode`; it throws UsageError for mistakes the user can fix.
 */
export interface CliState {
  exitCode: number;
}

export type RegisterCommand = (program: Command, io: CliIO, state: CliState) => void;

export const commands: RegisterCommand[] = [];
commands.push(registerInit, registerImport);
