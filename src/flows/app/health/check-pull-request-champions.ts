import { DEFAULT_CONFIG_PATH } from "../../../core/config/parse-config.js";
import type { Config } from "../../../core/config/config-schema.js";
import type { GitHubGateway, RequestStats } from "../../../github/gateway.js";
import { openGitHubTree } from "../../sync/open-github-tree.js";
import { startCounting } from "../../sync/sync-stats.js";
import { validateFromReader } from "../../sync/validate-from-reader.js";
import type { PullRequestRef } from "../check-pull-request.js";
import { touchesProgram } from "../touches-program.js";
import type { ChampionProblem } from "./champion-problem.js";
import { findChampionProblems, listChampions } from "./find-champion-problems.js";
import { renderChampionsCheck, CHAMPIONS_CHECK_NAME } from "./render-champions-check.js";

export type ChampionsCheckResult =
  | { status: "not-relevant"; stats: RequestStats }
  | { status: "checked"; problems: ChampionProblem[]; conclusion: "success" | "failure" | "neutral"; checkRunId: number | undefined; stats: RequestStats };

/**
 * The "Persona champions" check of a pull request: the champions of the persona docs it touches (and
 * the fallback champions, when it touches the settings file) checked against GitHub, each problem
 * annotated at the doc's `champions:` line. Docs the pull request leaves alone are the health issue's
 * business, so a pull request is never blamed for a champion it did not name.
 */
export async function checkPullRequestChampions(
  gateway: GitHubGateway,
  pull: PullRequestRef,
  options: { config: Config; org: string | undefined; dryRun: boolean },
): Promise<ChampionsCheckResult> {
  const stats = startCounting(gateway);
  const files = await gateway.pulls.listFiles(pull.number);
  const touched = new Set(files.filter((file) => file.status !== "removed").map((file) => file.path));
  if (!touchesProgram(touched, options.config)) return { status: "not-relevant", stats: stats() };
  const { report } = await validateFromReader(await openGitHubTree(gateway, pull.headSha));
  const configPath = report.configFile ?? DEFAULT_CONFIG_PATH;
  const lists = listChampions(report.personas, report.config, configPath).filter((list) => touched.has(list.file));
  if (lists.length === 0) return { status: "not-relevant", stats: stats() };
  const problems = await findChampionProblems(gateway, lists, options.org);
  const check = renderChampionsCheck(problems, lists.length);
  if (options.dryRun) return { status: "checked", problems, conclusion: check.conclusion, checkRunId: undefined, stats: stats() };
  const run = await gateway.checks.create({ name: CHAMPIONS_CHECK_NAME, headSha: pull.headSha, status: "completed", conclusion: check.conclusion, output: check.output });
  return { status: "checked", problems, conclusion: check.conclusion, checkRunId: run.id, stats: stats() };
}

