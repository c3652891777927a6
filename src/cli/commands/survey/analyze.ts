import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { Option } from "commander";
import { resolvePhases } from "../../../core/config/resolve-phases.js";
import { previousStepsSection } from "../../../core/followups/previous-steps-section.js";
import type { TrackingIssue } from "../../../core/followups/tracking-issue.js";
import type { SurveyMapping } from "../../../core/questions/derive-survey-mapping.js";
import { noLongerAsked } from "../../../core/questions/no-longer-asked.js";
import { renderQuestionNotes } from "../../../core/questions/render-question-notes.js";
import { renderOverviewReport } from "../../../core/survey/render-overview-report.js";
import { renderPersonaReport } from "../../../core/survey/render-persona-report.js";
import type { SurveyAnalysis } from "../../../core/survey/survey-analysis.js";
import { SurveyInputError } from "../../../core/survey/survey-input-error.js";
import { toSurveyJson } from "../../../core/survey/survey-json.js";
import { listCycleSteps } from "../../../flows/followups/list-cycle-steps.js";
import { analyzeSurveyFile } from "../../../flows/survey/analyze-survey-file.js";
import { writeFiles, WriteFilesError, type FileToWrite } from "../../../flows/write-files.js";
import { EXIT_OK, UsageError } from "../../errors.js";
import { connectGitHub, readGitHubSettings, withGitHubErrors } from "../../github-from-env.js";
import type { CliIO } from "../../io.js";
import type { RegisterCommand } from "../index.js";
import { loadProgramForCli } from "../load-program-for-cli.js";
import { surveyGroup } from "./index.js";

interface AnalyzeOptions {
  dir: string;
  config?: string;
  out: string;
  format: "md" | "json";
  repo?: string;
}

/** What the reports add beside the analysis: notes on the questions, and the previous cycle's steps. */
interface ReportExtras {
  notes: string;
  personaSection: (persona: SurveyAnalysis["personas"][number]) => string;
}

// The first line of every report we write. Re-running replaces files that carry it and refuses to
// touch any other file, so `--out .` cannot overwrite someone's README.
const GENERATED_MARKER = "<!-- Written by `persona-gov survey analyze`; running it again replaces this file. -->";

/** `persona-gov survey analyze FILE`: per-persona pain-point reports (Markdown) or the analysis as JSON. */
export const registerSurveyAnalyze: RegisterCommand = (program, io, state) => {
  surveyGroup(program)
    .command("analyze")
    .description("analyse a survey export (CSV, JSON or JSON Lines): per-persona scores, ranked pain points, tools named")
    .argument("<file>", "the survey export")
    .option("--dir <dir>", "repository root holding the persona docs and settings", ".")
    .option("--config <file>", "settings file, relative to the current directory (default: <dir>/.github/persona-governance.yml)")
    .option("--out <dir>", "folder for the Markdown reports", "survey-report")
    .addOption(new Option("--format <format>", "md writes reports; json prints the analysis").choices(["md", "json"]).default("md"))
    .option("--repo <owner/name>", "show each persona's next steps from survey.previousCycle and their status (reads tracking issues; needs GITHUB_TOKEN)")
    .action(async (file: string, options: AnalyzeOptions) => {
      state.exitCode = await runSurveyAnalyze(file, options, io);
    });
};

async function runSurveyAnalyze(file: string, options: AnalyzeOptions, io: CliIO): Promise<number> {
  const { report, questionSets } = await loadProgramForCli(io, options.dir, options.config);
  let analysis: SurveyAnalysis;
  let derived: SurveyMapping | undefined;
  try {
    const path = resolve(io.cwd, file);
    const onDerivedMapping = (mapping: SurveyMapping): void => {
      derived = mapping;
    };
    analysis = await analyzeSurveyFile({ path, name: file, config: report.config, personas: report.personas, questionSets, onDerivedMapping });
  } catch (error) {
    if (error instanceof SurveyInputError) throw new UsageError(describeProblems(file, error.problems));
    throw error;
  }
  if (analysis.columns.scores.length === 0 && analysis.columns.comments.length === 0) {
    io.stderr(
      "persona-gov: note: no score or comment column is mapped (survey.scoreColumns, survey.commentColumns, or questions files matching the export's header), so the analysis only counts respondents per persona.\n",
    );
  }
  const retired = noLongerAsked(questionSets, report.config);
  if (options.format === "json") {
    const json = { ...toSurveyJson(analysis), unmatchedHeaders: derived?.unmatchedHeaders ?? [], noLongerAsked: retired };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT_OK;
  }
  const { cycle } = report.config.survey;
  const notes = renderQuestionNotes({
    ...(derived === undefined ? {} : { derived }),
    noLongerAsked: retired,
    ...(cycle === undefined ? {} : { cycle }),
    personaNames: new Map(report.personas.map((persona) => [persona.id, persona.name])),
  });
  const previousCycle = report.config.survey.previousCycle;
  const steps = options.repo !== undefined && previousCycle !== undefined ? await readPreviousSteps(io, options.repo, previousCycle) : undefined;
  const phases = resolvePhases(report.config);
  const personaSection = (persona: SurveyAnalysis["personas"][number]): string =>
    steps === undefined || previousCycle === undefined ? "" : `\n${previousStepsSection(persona, steps, { previousCycle, phases, heading: "##" })}\n`;
  const written = await writeReports(analysis, { notes, personaSection }, options.out, io);
  io.stdout(summarise(analysis, written));
  return EXIT_OK;
}

/** The tracking issues of the previous cycle, so each report shows what was agreed and where it stands. */
async function readPreviousSteps(io: CliIO, repo: string, previousCycle: string): Promise<TrackingIssue[]> {
  const gateway = connectGitHub(readGitHubSettings(io.env, repo), "survey analyze --repo");
  return withGitHubErrors(() => listCycleSteps(gateway, previousCycle));
}

function describeProblems(file: string, problems: readonly string[]): string {
  const clean = problems.map((problem) => problem.replace(/\p{Cc}/gu, " "));
  // Problems about the file itself already start with its name.
  if (clean.length === 1) return clean[0]!.startsWith(file) ? clean[0]! : `cannot analyse ${file}: ${clean[0]}`;
  return `cannot analyse ${file}:\n${clean.map((problem) => `  - ${problem}`).join("\n")}`;
}

/** `notes` (about the questions: derived mapping, no longer asked) end the overview when there are any. */
async function writeReports(analysis: SurveyAnalysis, extras: ReportExtras, out: string, io: CliIO): Promise<string[]> {
  const { notes, personaSection } = extras;
  const overview = renderOverviewReport(analysis) + (notes === "" ? "" : `\n${notes}\n`);
  const files: FileToWrite[] = [
    { path: join(out, "README.md"), content: `${GENERATED_MARKER}\n\n${overview}` },
    ...analysis.personas.map((persona) => ({
      path: join(out, `${persona.id}.md`),
      content: `${GENERATED_MARKER}\n\n${renderPersonaReport(analysis, persona, { overviewLink: "README.md" })}${personaSection(persona)}`,
    })),
  ];
  const foreign = await findForeignFiles(io.cwd, files);
  if (foreign.length > 0) {
    throw new UsageError(`not overwriting ${foreign.map(displayPath).join(", ")}: ${foreign.length === 1 ? "it was" : "they were"} not written by \`survey analyze\`. Choose another --out folder.`);
  }
  try {
    return (await writeFiles(io.cwd, files, { force: true })).written.map(displayPath);
  } catch (error) {
    if (error instanceof WriteFilesError) throw new UsageError(error.message);
    throw error;
  }
}

async function findForeignFiles(root: string, files: readonly FileToWrite[]): Promise<string[]> {
  const foreign: string[] = [];
  for (const file of files) {
    const existing = await readFile(resolve(root, file.path), "utf8").catch(() => undefined);
    if (existing !== undefined && !existing.startsWith(GENERATED_MARKER)) foreign.push(file.path);
  }
  return foreign;
}

function displayPath(path: string): string {
  return path.split(sep).join("/");
}

function summarise(analysis: SurveyAnalysis, written: readonly string[]): string {
  const unmatched = analysis.unmatched === 0 ? "" : ` (${analysis.unmatched} named no known persona)`;
  return [
    `Analysed ${analysis.respondents} ${analysis.respondents === 1 ? "respondent" : "respondents"}${unmatched} for ${analysis.personas.length} ${analysis.personas.length === 1 ? "persona" : "personas"}.`,
    `Wrote ${written.length} reports:`,
    ...written.map((path) => `  ${path}`),
    "",
  ].join("\n");
}
