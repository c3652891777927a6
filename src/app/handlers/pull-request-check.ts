import type { Probot } from "probot";
import { checkPullRequest } from "../../flows/app/check-pull-request.js";
import { defaultConfig } from "../../core/config/parse-config.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { onEvent } from "../on-event.js";
import { pullRequestOf, PULL_REQUEST_EVENTS } from "../pull-request-scope.js";
import { settingsForEvent } from "../settings-for-event.js";

/** The "Persona docs" check run on pull requests that touch the persona program. */
export function registerPullRequestCheck(app: Probot, runtime: AppRuntime): void {
  onEvent(app, PULL_REQUEST_EVENTS, "pull request check", async (context) => {
    const scope = readEventScope(context);
    if (scope === undefined) return;
    const pull = pullRequestOf(context);
    const config = (await settingsForEvent(context, scope, runtime)) ?? defaultConfig();
    const result = await checkPullRequest(scope.gateway, pull, { config, dryRun: runtime.settings.dryRun });
    if (result.status === "not-relevant") {
      context.log.debug(`pull request check: #${pull.number} does not touch the persona program`);
      return;
    }
    const { conclusion, output } = result.check;
    context.log.info(`pull request check: #${pull.number} ${conclusion} (${output.title}, ${output.annotations?.length ?? 0} annotations, ${result.stats.requests} API calls)`);
  });
}
