import type { Config } from "../../core/config/config-schema.js";
import type { GitHubGateway, RequestStats } from "../../github/gateway.js";
import { planRepositorySync } from "../sync/plan-sync-flow.js";
import { startCounting } from "../sync/sync-stats.js";
import { DOCS_CHECK_NAME, renderDocsCheck, type DocsCheck } from "./render-docs-check.js";
import { touchesProgram } from "./touches-program.js";

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** The branch the pull request merges into. */
  baseRef: string;
}

export type PullRequestCheckResult =
  | { status: "not-relevant"; stats: RequestStats }
  | { status: "checked"; check: DocsCheck; checkRunId: number | undefined; stats: RequestStats };

/**
 * The "Persona docs" check of a pull request that touches the persona docs, the survey questions or
 * the settings file (by the base's settings, `config`): validates the docs at the head commit and
 * plans the sync against the base branch, so the check shows what merging would change. Pull
 * requests that touch none of these get no check run, at the cost of one request.
 */
export async function checkPullRequest(
  gateway: GitHubGateway,
  pull: PullRequestRef,
  options: { config: Config; dryRun: boolean },
): Promise<PullRequestCheckResult> {
  const stats = startCounting(gateway);
  const files = await gateway.pulls.listFiles(pull.number);
  const paths = files.flatMap((file) => (file.previousPath === undefined ? [file.path] : [file.path, file.previousPath]));
  if (!touchesProgram(paths, options.config)) return { status: "not-relevant", stats: stats() };
  const planned = await planRepositorySync({
    mode: "online",
    gateway,
    docs: { kind: "github", ref: pull.headSha },
    files: { kind: "github", ref: pull.baseRef },
  });
  const check = renderDocsCheck(planned.report, planned.status === "planned" ? planned.plan : undefined);
  if (options.dryRun) return { status: "checked", check, checkRunId: undefined, stats: stats() };
  const run = await gateway.checks.create({
    name: DOCS_CHECK_NAME,
    headSha: pull.headSha,
    status: "completed",
    conclusion: check.conclusion,
    output: check.output,
  });
  return { status: "checked", check, checkRunId: run.id, stats: stats() };
}
