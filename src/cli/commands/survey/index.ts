import type { Command } from "commander";

/**
 * The `survey` command group. Each `survey` subcommand lives in its own module and joins the group
 * through this function, which creates the group on first use, so modules register in any order.
 */
export function surveyGroup(program: Command): Command {
  return (
    program.commands.find((command) => command.name() === "survey") ??
    program.command("survey").description("work with the developer survey: questions, analysis, publishing")
  );
}
