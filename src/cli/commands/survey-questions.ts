import { Option, type Command } from "commander";
import { closestMatch } from "../../core/diagnostics/suggest.js";
import { renderQuestionsExport, type QuestionsExportFormat } from "../../core/questions/render-questions-export.js";
import { EXIT_OK, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import type { CliState, RegisterCommand } from "./index.js";
import { loadProgramForCli } from "./load-program-for-cli.js";
import { surveyGroup } from "./survey/index.js";

interface SurveyQuestionsOptions {
  dir: string;
  config?: string;
  persona?: string;
  format: QuestionsExportFormat;
}

/**
 * `persona-gov survey questions`: the active survey questions, common ones first, ready to paste into
 * or import into the survey tool. Joins the `survey` command group.
 */
export const registerSurveyQuestions: RegisterCommand = (program, io, state) => {
  addSurveyQuestionsCommand(surveyGroup(program), io, state);
};

function addSurveyQuestionsCommand(survey: Command, io: CliIO, state: CliState): void {
  survey
    .command("questions")
    .description("print each persona's active survey questions and the common ones, in order, to paste or import")
    .option("--dir <dir>", "repository root", ".")
    .option("--config <file>", "settings file, relative to the current directory (default: <dir>/.github/persona-governance.yml)")
    .option("--persona <id>", "only this persona's survey: the common questions, then its own")
    .addOption(new Option("--format <format>", "output format").choices(["md", "csv", "json"]).default("md"))
    .action(async (options: SurveyQuestionsOptions) => {
      state.exitCode = await runSurveyQuestions(options, io);
    });
}

async function runSurveyQuestions(options: SurveyQuestionsOptions, io: CliIO): Promise<number> {
  const { report, questionSets } = await loadProgramForCli(io, options.dir, options.config);
  const ids = report.personas.map((persona) => persona.id);
  if (options.persona !== undefined && !ids.includes(options.persona)) {
    const near = closestMatch(options.persona, ids);
    const hint = near === undefined ? ` Persona ids: ${ids.join(", ") || "none yet"}.` : ` Did you mean "${near}"?`;
    throw new UsageError(`--persona: no persona has the id "${options.persona.replace(/\p{Cc}/gu, " ")}".${hint}`);
  }
  io.stdout(
    renderQuestionsExport(questionSets, {
      format: options.format,
      personas: report.personas,
      scale: report.config.survey.scale,
      ...(options.persona === undefined ? {} : { persona: options.persona }),
    }),
  );
  return EXIT_OK;
}
