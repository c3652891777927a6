import { Option } from "commander";
import { planToJson } from "../../core/sync/render-plan-json.js";
import { renderPlanText } from "../../core/sync/render-plan-text.js";
import { applyResultToJson } from "../../flows/sync/apply-outcomes-json.js";
import { applyRepositorySync, type AppliedSync } from "../../flows/sync/apply-sync-flow.js";
import { renderApplyText } from "../../flows/sync/render-apply-text.js";
import { describeRequestStats } from "../../flows/sync/sync-stats.js";
import { GitHubError, NotFoundError, PermissionError } from "../../github/errors.js";
import { formatRepoRef } from "../../github/repo-ref.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../errors.js";
import { connectGitHub, readGitHubSettings, withGitHubErrors } from "../github-from-env.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";
import { checkoutDirectory, docsSource, printBlocked, settingsPath, type SyncCommandOptions } from "./plan.js";

interface ApplyOptions extends SyncCommandOptions {
  via?: "pr" | "commit";
  dryRun: boolean;
}

/** `persona-gov apply`: plan against GitHub, then change the labels and files to match the persona docs. */
export const registerApply: RegisterCommand = (program, io, state) => {
  program
    .command("apply")
    .description("sync the repository with the persona docs: labels through the API, generated files through a pull request (or a commit)")
    .option("--repo <owner/name>", "the repository to sync (default: GITHUB_REPOSITORY); needs GITHUB_TOKEN")
    .option("--dir <dir>", "read the persona docs from this checkout instead of from the repository's default branch")
    .option("--config <file>", "settings file: a path in the repository, or relative to the current directory with --dir (default: .github/persona-governance.yml)")
    .addOption(new Option("--via <via>", "how files change (default: sync.via from the settings, else pr)").choices(["pr", "commit"]))
    .option("--dry-run", "plan and report what would be done, writing nothing", false)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--verbose", "report how many API calls the sync made", false)
    .action(async (options: ApplyOptions) => {
      state.exitCode = await runApply(options, io);
    });
};

async function runApply(options: ApplyOptions, io: CliIO): Promise<number> {
  const settings = readGitHubSettings(io.env, options.repo);
  const dir = options.dir === undefined ? undefined : checkoutDirectory(io.cwd, options.dir);
  const gateway = connectGitHub(settings, "apply", options.verbose ? (message) => io.stderr(`persona-gov: ${message}\n`) : undefined);
  return withGitHubErrors(async () => {
    const docs = docsSource(dir);
    const configPath = settingsPath(io.cwd, options.config, docs);
    const result = await applyRepositorySync({ gateway, docs, configPath, via: options.via, dryRun: options.dryRun });
    if (options.verbose) io.stderr(`persona-gov: ${describeRequestStats(result.stats, result.report.personas.length)}\n`);
    if (result.status === "invalid") return printBlocked(result, options.format, io);
    io.stdout(options.format === "json" ? applyJson(result, options.dryRun) : applyText(result, formatRepoRef(gateway.repoRef), options.dryRun, io));
    return reportFailures(result, io);
  });
}

function applyJson(result: AppliedSync, dryRun: boolean): string {
  const json = { ...planToJson(result.plan), ...applyResultToJson(result.result), via: result.via, dryRun, changed: result.changed };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function applyText(result: AppliedSync, repo: string, dryRun: boolean, io: CliIO): string {
  const plan = renderPlanText(result.plan, { color: io.color });
  if (result.plan.operations.length === 0) return `Planned against ${repo} on GitHub.\n\n${plan}`;
  return `Planned against ${repo} on GitHub.\n\n${plan}\n${renderApplyText(result.result, { color: io.color, dryRun })}`;
}

/**
 * Names each distinct failure on stderr. A missing permission or an invisible repository is the user's
 * to fix (exit 2); anything else, such as GitHub failing after retries, leaves work for a re-run (exit 1).
 */
function reportFailures(result: AppliedSync, io: CliIO): number {
  const errors = result.result.outcomes.flatMap((outcome) => (outcome.status === "failed" && outcome.error !== undefined ? [outcome.error] : []));
  if (errors.length === 0) return EXIT_OK;
  for (const message of new Set(errors.map((error) => error.message))) io.stderr(`persona-gov: ${message}\n`);
  const count = errors.length === 1 ? "1 operation" : `${errors.length} operations`;
  io.stderr(`persona-gov: ${count} failed. Run apply again once the cause is fixed: it picks up where this run stopped.\n`);
  return errors.some(isSetupProblem) ? EXIT_USAGE : EXIT_FINDINGS;
}

function isSetupProblem(error: Error): boolean {
  return error instanceof PermissionError || error instanceof NotFoundError || (error instanceof GitHubError && error.status === 401);
}
