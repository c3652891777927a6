import { statSync } from "node:fs";
import { resolve } from "node:path";
import { Option } from "commander";
import { formatRepoRef } from "../../github/repo-ref.js";
import { planToJson } from "../../core/sync/render-plan-json.js";
import { renderPlanText } from "../../core/sync/render-plan-text.js";
import { labelsNotChecked } from "../../flows/sync/mark-labels-unchecked.js";
import { planRepositorySync } from "../../flows/sync/plan-sync-flow.js";
import { blockedMessage, renderBlockedText } from "../../flows/sync/render-blocked-text.js";
import type { BlockedSync, PlanSyncRequest, PlannedSync, RepoSource } from "../../flows/sync/sync-request.js";
import { describeRequestStats } from "../../flows/sync/sync-stats.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from "../errors.js";
import { connectGitHub, readGitHubSettings, withGitHubErrors, type GitHubSettings } from "../github-from-env.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";

export interface SyncCommandOptions {
  dir?: string;
  repo?: string;
  config?: string;
  format: "text" | "json";
  verbose: boolean;
}

/** `persona-gov plan`: what a sync would change, offline against the checkout or online against GitHub. */
export const registerPlan: RegisterCommand = (program, io, state) => {
  program
    .command("plan")
    .description("show what a sync would change: persona labels, CODEOWNERS, the persona question form and the persona directory")
    .option("--dir <dir>", "checkout to read the persona docs from (default: the current folder; with a token, the repository on GitHub is read unless --dir is given)")
    .option("--repo <owner/name>", "the repository on GitHub to plan against (default: GITHUB_REPOSITORY); needs GITHUB_TOKEN")
    .option("--config <file>", "settings file: relative to the current directory with a checkout, a path in the repository when read from GitHub (default: .github/persona-governance.yml)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--verbose", "report how many API calls the plan made", false)
    .action(async (options: SyncCommandOptions) => {
      state.exitCode = await runPlan(options, io);
    });
};

async function runPlan(options: SyncCommandOptions, io: CliIO): Promise<number> {
  const settings = readGitHubSettings(io.env, options.repo);
  const dir = options.dir === undefined ? undefined : checkoutDirectory(io.cwd, options.dir);
  const online = settings.token !== undefined && settings.repo !== undefined;
  return withGitHubErrors(async () => {
    const docs: RepoSource = online ? docsSource(dir) : { kind: "checkout", root: dir ?? io.cwd };
    const configPath = settingsPath(io.cwd, options.config, docs);
    const request: PlanSyncRequest = online
      ? { mode: "online", gateway: connectGitHub(settings, "plan"), docs, files: { kind: "github" }, configPath }
      : { mode: "offline", root: dir ?? io.cwd, configPath };
    const result = await planRepositorySync(request);
    if (options.verbose) io.stderr(`persona-gov: ${describeRequestStats(result.stats, result.report.personas.length)}\n`);
    if (result.status === "invalid") return printBlocked(result, options.format, io);
    io.stdout(options.format === "json" ? planJson(result) : planText(result, settings, io));
    return EXIT_OK;
  });
}

/** The persona docs come from GitHub unless a checkout was named explicitly. */
export function docsSource(dir: string | undefined): RepoSource {
  return dir === undefined ? { kind: "github" } : { kind: "checkout", root: dir };
}

/**
 * Where `--config` points: with docs from a checkout, relative to the current directory (as for
 * `persona-gov validate`); with docs from GitHub, a path in the repository.
 */
export function settingsPath(cwd: string, config: string | undefined, docs: RepoSource): string | undefined {
  if (config === undefined) return undefined;
  return docs.kind === "checkout" ? resolve(cwd, config) : config.replace(/^\.\//, "");
}

/**
 * The absolute path of a `--dir` argument.
 *
 * @throws UsageError when it is not a folder
 */
export function checkoutDirectory(cwd: string, dir: string): string {
  const absolute = resolve(cwd, dir);
  let isFolder = false;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(`--dir must be a folder holding the repository (got '${dir}', which is not a folder)`);
  return absolute;
}

/**
 * Prints why nothing was planned. Broken persona docs are findings (exit 1); a settings file that
 * cannot be used is a configuration error (exit 2), as for `persona-gov validate`.
 */
export function printBlocked(result: BlockedSync, format: "text" | "json", io: CliIO): number {
  if (format === "json") {
    const errors = result.report.diagnostics.filter((d) => d.severity === "error");
    io.stdout(`${JSON.stringify({ error: blockedMessage(result.report), diagnostics: errors }, null, 2)}\n`);
  } else {
    io.stdout(renderBlockedText(result.report));
  }
  const { report } = result;
  const configBroken = report.diagnostics.some((d) => d.severity === "error" && (d.rule.startsWith("config-") || d.file === report.configFile));
  return configBroken ? EXIT_USAGE : EXIT_FINDINGS;
}

function planJson(result: PlannedSync): string {
  return `${JSON.stringify({ ...planToJson(result.plan), labelsChecked: result.labelsChecked }, null, 2)}\n`;
}

function planText(result: PlannedSync, settings: GitHubSettings, io: CliIO): string {
  const text = renderPlanText(result.plan, { color: io.color });
  if (result.labelsChecked && settings.repo !== undefined) return `Planned against ${formatRepoRef(settings.repo)} on GitHub.\n\n${text}`;
  const notice = labelsNotChecked(settings.token === undefined ? "no token" : "no repository");
  return `Files planned against the local checkout; ${notice}\n\n${text}`;
}
