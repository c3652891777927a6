import { resolve } from "node:path";
import { Option } from "commander";
import { publishReportToJson, renderPublishText } from "../../../core/publish/render-publish-report.js";
import { SurveyInputError } from "../../../core/survey/survey-input-error.js";
import { publishSurvey, type PublishSurveyResult } from "../../../flows/survey/publish-survey.js";
import { EXIT_OK, UsageError } from "../../errors.js";
import { connectGitHub, readGitHubSettings, withGitHubErrors } from "../../github-from-env.js";
import type { CliIO } from "../../io.js";
import type { RegisterCommand } from "../index.js";
import { loadProgramForCli } from "../load-program-for-cli.js";
import { surveyGroup } from "./index.js";

interface PublishOptions {
  repo?: string;
  dir: string;
  config?: string;
  dryRun?: boolean;
  now?: string;
  format: "text" | "json";
}

/**
 * `persona-gov survey publish FILE --repo owner/name`: analysis issues per persona, heads-ups to tool
 * owners and the review-meeting issue, through the GitHub API. Idempotent; `--dry-run` only reads.
 */
export const registerSurveyPublish: RegisterCommand = (program, io, state) => {
  surveyGroup(program)
    .command("publish")
    .description("publish a survey's analysis on GitHub: an issue per persona, heads-ups to tool owners, the review-meeting issue")
    .argument("<file>", "the survey export (CSV, JSON or JSON Lines)")
    .option("--repo <owner/name>", "repository to publish to (default: GITHUB_REPOSITORY)")
    .option("--dir <dir>", "repository root holding the persona docs and settings", ".")
    .option("--config <file>", "settings file, relative to --dir (default: .github/persona-governance.yml)")
    .option("--dry-run", "print what would be created or updated, and write nothing")
    .option("--now <iso-8601>", "the time to count the days to the planning deadline from (default: now)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (file: string, options: PublishOptions) => {
      state.exitCode = await runSurveyPublish(file, options, io);
    });
};

async function runSurveyPublish(file: string, options: PublishOptions, io: CliIO): Promise<number> {
  const now = readNow(options.now, io);
  const settings = readGitHubSettings(io.env, options.repo);
  const { report } = await loadProgramForCli(io, options.dir, options.config);
  const gateway = connectGitHub(settings, "survey publish", (message) => io.stderr(`persona-gov: ${message}\n`));
  let result: PublishSurveyResult;
  try {
    result = await withGitHubErrors(() =>
      publishSurvey({ gateway, path: resolve(io.cwd, file), source: file, config: report.config, personas: report.personas, now, dryRun: options.dryRun === true }),
    );
  } catch (error) {
    if (error instanceof SurveyInputError) throw new UsageError(describeProblems(file, error.problems));
    throw error;
  }
  io.stdout(options.format === "json" ? `${JSON.stringify(publishReportToJson(result.report), null, 2)}\n` : renderPublishText(result.report));
  return EXIT_OK;
}

function readNow(value: string | undefined, io: CliIO): Date {
  if (value === undefined) return io.now();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--now must be an ISO 8601 date or time such as 2026-11-02 or 2026-11-02T09:00:00Z (got '${value.replace(/\p{Cc}/gu, "?")}').`);
  }
  return date;
}

function describeProblems(file: string, problems: readonly string[]): string {
  const clean = problems.map((problem) => problem.replace(/\p{Cc}/gu, " "));
  const [only] = clean;
  if (clean.length === 1 && only !== undefined) return only.startsWith(file) ? only : `cannot publish ${file}: ${only}`;
  return `cannot publish ${file}:\n${clean.map((problem) => `  - ${problem}`).join("\n")}`;
}
