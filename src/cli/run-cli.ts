import { Command, CommanderError } from "commander";
import { commands, type CliState } from "./commands/index.js";
import { EXIT_USAGE, UsageError } from "./errors.js";
import type { CliIO } from "./io.js";

/**
 * Runs `persona-gov` with the given arguments (without `node` and the script) and returns the exit
 * code: 0 ok, 1 findings, 2 usage or configuration error. Never throws for a user's mistake.
 */
export async function runCli(args: readonly string[], io: CliIO): Promise<number> {
  const state: CliState = { exitCode: 0 };
  const program = new Command("persona-gov")
    .description("Run a developer-persona program as code: validate persona docs, sync labels and CODEOWNERS, analyse surveys.")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true);
  for (const register of commands) register(program, io, state);
  try {
    await program.parseAsync([...args], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`persona-gov: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`persona-gov: unexpected failure: ${message}\nThis is a bug in persona-governance; please report it with the command you ran.\n`);
    if (io.env.PERSONA_GOV_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}
