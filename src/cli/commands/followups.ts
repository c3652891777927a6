import { Command, Option } from "commander";
import { syncResultToJson, remindResultToJson } from "../../flows/followups/followup-json.js";
import { MeetingNotFoundError } from "../../flows/followups/find-meeting.js";
import type { FollowupProgram } from "../../flows/followups/followup-program.js";
import { loadProgramFromGitHub, ProgramSettingsError } from "../../flows/followups/load-program-from-github.js";
import { remindFollowups } from "../../flows/followups/remind-followups.js";
import { renderRemindReport, renderSyncReport } from "../../flows/followups/render-followup-report.js";
import { syncFollowups, type SyncFollowupsResult } from "../../flows/followups/sync-followups.js";
import type { OpOutcome } from "../../flows/followups/apply-followup-ops.js";
import { NotFoundError, PermissionError } from "../../github/errors.js";
import type { GitHubGateway, ProjectsGateway } from "../../github/gateway.js";
import { formatRepoRef } from "../../github/repo-ref.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from "../errors.js";
import { connectGitHub, readGitHubSettings, withGitHubErrors } from "../github-from-env.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";
import { loadProgramForCli } from "./load-program-for-cli.js";

interface CommonOptions {
  repo?: string;
  meeting?: string;
  dir?: string;
  config?: string;
  dryRun?: boolean;
  format: "text" | "json";
}

interface RemindOptions extends CommonOptions {
  now?: string;
}

/**
 * `persona-gov followups sync|remind`: the agreed next steps of a review meeting as tracking issues
 * on a project board, and the reminders and digest that keep them moving.
 */
export const registerFollowups: RegisterCommand = (program, io, state) => {
  const group = program.command("followups").description("turn a review meeting's agreed next steps into tracked work, and keep it moving");
  withCommonOptions(group.command("sync"))
    .description("create or update a tracking issue per agreed next step, link them from the checklist, and fill in the project board")
    .action(async (options: CommonOptions) => {
      state.exitCode = await runSync(options, io);
    });
  withCommonOptions(group.command("remind"))
    .description("remind the owners of steps that are due soon or overdue, update the progress digest, and close the meeting when every step is done")
    .option("--now <iso-8601>", "the time to compute due dates and reminder intervals from (default: now)")
    .action(async (options: RemindOptions) => {
      state.exitCode = await runRemind(options, io);
    });
};

function withCommonOptions(command: Command): Command {
  return command
    .option("--repo <owner/name>", "the repository of the meeting issue (default: GITHUB_REPOSITORY); needs GITHUB_TOKEN")
    .option("--meeting <number>", "the review-meeting issue (default: sync takes the meeting of survey.cycle, remind every open meeting)")
    .option("--dir <dir>", "read the settings and persona docs from this checkout instead of the repository's default branch")
    .option("--config <file>", "settings file, relative to the repository root (default: .github/persona-governance.yml)")
    .option("--dry-run", "show what would be done, and write nothing")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"));
}

async function runSync(options: CommonOptions, io: CliIO): Promise<number> {
  const { gateway, projects } = connect(options, io, "followups sync");
  const meeting = readMeeting(options.meeting);
  const result = await run(() => withProgram(options, io, gateway, (program) => syncFollowups({ gateway, projects, program, ...(meeting === undefined ? {} : { meeting }), dryRun: options.dryRun === true })));
  const repo = formatRepoRef(gateway.repoRef);
  io.stdout(options.format === "json" ? `${JSON.stringify(syncResultToJson(result), null, 2)}\n` : renderSyncReport(result, repo, "text"));
  return syncExitCode(result, io);
}

async function runRemind(options: RemindOptions, io: CliIO): Promise<number> {
  const now = readNow(options.now, io);
  const { gateway } = connect(options, io, "followups remind");
  const meeting = readMeeting(options.meeting);
  const result = await run(() => withProgram(options, io, gateway, (program) => remindFollowups({ gateway, program, now, ...(meeting === undefined ? {} : { meeting }), dryRun: options.dryRun === true })));
  const repo = formatRepoRef(gateway.repoRef);
  io.stdout(options.format === "json" ? `${JSON.stringify(remindResultToJson(result), null, 2)}\n` : renderRemindReport(result, repo, "text"));
  return reportFailures(result.meetings.flatMap((entry) => entry.outcomes), io);
}

/**
 * The main gateway, and the one that reaches Projects: `PROJECT_TOKEN` when set, since the token that
 * writes issues (an Actions GITHUB_TOKEN, say) often cannot see the organisation's projects.
 */
function connect(options: CommonOptions, io: CliIO, purpose: string): { gateway: GitHubGateway; projects: ProjectsGateway } {
  const settings = readGitHubSettings(io.env, options.repo);
  const warn = (message: string) => io.stderr(`persona-gov: ${message}\n`);
  const gateway = connectGitHub(settings, purpose, warn);
  const projectToken = io.env.PROJECT_TOKEN?.trim();
  if (projectToken === undefined || projectToken === "") return { gateway, projects: gateway.projects };
  return { gateway, projects: connectGitHub({ ...settings, token: projectToken }, purpose, warn).projects };
}

async function withProgram<T>(options: CommonOptions, io: CliIO, gateway: GitHubGateway, body: (program: FollowupProgram) => Promise<T>): Promise<T> {
  const program = options.dir === undefined ? await loadProgramFromGitHub(gateway, options.config) : (await loadProgramForCli(io, options.dir, options.config)).report;
  return body(program);
}

async function run<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await withGitHubErrors(body);
  } catch (error) {
    if (error instanceof MeetingNotFoundError || error instanceof ProgramSettingsError) throw new UsageError(error.message);
    throw error;
  }
}

function syncExitCode(result: SyncFollowupsResult, io: CliIO): number {
  const code = reportFailures(result.outcomes, io);
  if (result.project?.error !== undefined) {
    io.stderr(`persona-gov: the project board was not updated: ${result.project.error}\n`);
    return result.project.setupProblem ? EXIT_USAGE : Math.max(code, EXIT_FINDINGS);
  }
  if (code !== EXIT_OK) return code;
  return result.plan.counts.problems > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Names each distinct failure; a missing permission or access is the user's to fix (exit 2). */
function reportFailures(outcomes: readonly OpOutcome[], io: CliIO): number {
  const errors = outcomes.flatMap((outcome) => (outcome.error === undefined ? [] : [outcome.error]));
  if (errors.length === 0) return EXIT_OK;
  for (const message of new Set(errors.map((error) => error.message))) io.stderr(`persona-gov: ${message}\n`);
  io.stderr(`persona-gov: ${errors.length === 1 ? "1 operation" : `${errors.length} operations`} failed. Run the command again once the cause is fixed: it picks up where this run stopped.\n`);
  return errors.some((error) => error instanceof PermissionError || error instanceof NotFoundError) ? EXIT_USAGE : EXIT_FINDINGS;
}

function readMeeting(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^#?\d{1,9}$/.test(value.trim())) throw new UsageError(`--meeting must be an issue number such as 12 (got '${value.replace(/\p{Cc}/gu, "?")}').`);
  return Number(value.trim().replace(/^#/, ""));
}

function readNow(value: string | undefined, io: CliIO): Date {
  if (value === undefined) return io.now();
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--now must be an ISO 8601 date or time such as 2027-01-10 or 2027-01-10T09:00:00Z (got '${value.replace(/\p{Cc}/gu, "?")}').`);
  }
  return date;
}
