import type { Probot } from "probot";
import { defaultConfig } from "../../core/config/parse-config.js";
import { hasPersonaProgram } from "../../flows/app/has-persona-program.js";
import { checkPullRequestChampions } from "../../flows/app/health/check-pull-request-champions.js";
import { reportChampionHealth, type ChampionHealthReport } from "../../flows/app/health/report-champion-health.js";
import { isProgramPush } from "../../flows/app/program-push.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { onEvent } from "../on-event.js";
import { forEachInstalledRepository, INSTALLATION_EVENTS } from "../installed-repositories.js";
import { pullRequestOf, PULL_REQUEST_EVENTS } from "../pull-request-scope.js";
import { pushFactsOf } from "../push-facts-of.js";
import { settingsForEvent } from "../settings-for-event.js";

/**
 * Champion health: whether every champion handle still works (exists, is in the organisation, has
 * write access; teams exist and have members). On pull requests as the "Persona champions" check; on
 * the default branch, and when the App is installed, in the one `persona-health` issue.
 */
export function registerChampionHealth(app: Probot, runtime: AppRuntime): void {
  onEvent(app, PULL_REQUEST_EVENTS, "champion check", async (context) => {
    const scope = readEventScope(context);
    if (scope === undefined) return;
    const pull = pullRequestOf(context);
    const config = (await settingsForEvent(context, scope, runtime)) ?? defaultConfig();
    const result = await checkPullRequestChampions(scope.gateway, pull, { config, org: scope.org, dryRun: runtime.settings.dryRun });
    if (result.status === "checked") context.log.info(`champion check: #${pull.number} ${result.conclusion} (${result.problems.length} problems)`);
  });
  onEvent(app, ["push"], "champion health", async (context) => {
    const scope = readEventScope(context);
    if (scope === undefined || !isProgramPush(pushFactsOf(context.payload), await settingsForEvent(context, scope, runtime))) return;
    const links = { repoUrl: scope.repoUrl, branch: scope.defaultBranch };
    const report = await reportChampionHealth(scope.gateway, { botLogin: await runtime.botLogin(), org: scope.org, links, dryRun: runtime.settings.dryRun });
    context.log.info(describeHealth(report));
  });
  onEvent(app, INSTALLATION_EVENTS, "champion health", async (context) => {
    await forEachInstalledRepository(context, "champion health", async (gateway, org) => {
      if (!(await hasPersonaProgram(gateway))) return;
      const info = await gateway.repo.getRepository();
      const links = { repoUrl: info.htmlUrl, branch: info.defaultBranch };
      const report = await reportChampionHealth(gateway, { botLogin: await runtime.botLogin(), org, links, dryRun: runtime.settings.dryRun });
      context.log.info(`${info.owner}/${info.repo}: ${describeHealth(report)}`);
    });
  });
}

function describeHealth(report: ChampionHealthReport): string {
  const issue = report.issue.issue === undefined ? "" : ` #${report.issue.issue}`;
  return `champion health: ${report.problems.length} problems, health issue${issue} ${report.issue.action} (${report.stats.requests} API calls)`;
}
