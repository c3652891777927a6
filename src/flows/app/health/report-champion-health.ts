import type { GitHubGateway, RequestStats } from "../../../github/gateway.js";
import { openGitHubTree } from "../../sync/open-github-tree.js";
import { startCounting } from "../../sync/sync-stats.js";
import { validateFromReader } from "../../sync/validate-from-reader.js";
import type { ChampionProblem } from "./champion-problem.js";
import { findChampionProblems, listChampions } from "./find-champion-problems.js";
import type { HealthLinks } from "./render-health-issue.js";
import { updateHealthIssue, type HealthIssueResult } from "./update-health-issue.js";

export interface ChampionHealthOptions {
  botLogin: string;
  /** The organisation that owns the repository; undefined for a user's repository. */
  org: string | undefined;
  links: HealthLinks;
  dryRun: boolean;
}

export interface ChampionHealthReport {
  problems: ChampionProblem[];
  issue: HealthIssueResult;
  stats: RequestStats;
}

/**
 * Checks every champion named on the default branch, with the repository's own settings file as the
 * sync reads it, and brings the `persona-health` issue up to date.
 */
export async function reportChampionHealth(gateway: GitHubGateway, options: ChampionHealthOptions): Promise<ChampionHealthReport> {
  const stats = startCounting(gateway);
  const { report } = await validateFromReader(await openGitHubTree(gateway, options.links.branch));
  const problems = await findChampionProblems(gateway, listChampions(report.personas, report.config, report.configFile), options.org);
  const issue = await updateHealthIssue(gateway, problems, options);
  return { problems, issue, stats: stats() };
}
