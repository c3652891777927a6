import type { Probot } from "probot";
import { noteConfigProblem } from "../../flows/routing/note-config-problem.js";
import { routeIssueFlow } from "../../flows/routing/route-issue-flow.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { onEvent } from "../on-event.js";
import { issueFactsFromPayload } from "../issue-facts-from-payload.js";
import { loadProgram } from "../load-program.js";
import { logOutcomes } from "../log-outcomes.js";
import { routingEnvironmentFor } from "../routing-environment-for.js";

/** Persona questions: `issues.opened`, `edited` and `labeled` route the issue to the persona's champions. */
export function registerQuestionRouting(app: Probot, runtime: AppRuntime, exclusive: <T>(key: string, task: () => Promise<T>) => Promise<T>): void {
  onEvent(app, ["issues.opened", "issues.edited", "issues.labeled"], "question routing", async (context) => {
    const scope = readEventScope(context);
    if (scope === undefined) return;
    const facts = issueFactsFromPayload(context.payload);
    const { owner, repo } = scope.gateway.repoRef;
    await exclusive(`${scope.installationId}:${owner}/${repo}#${facts.number}`, async () => {
      const loaded = await loadProgram(context, scope, runtime);
      if (!loaded.ok) {
        const noted = await noteConfigProblem(scope.gateway, facts, { source: loaded.source, problems: loaded.problems }, { botLogin: await runtime.botLogin(), dryRun: runtime.settings.dryRun });
        if (noted) context.log.info(`question routing: told #${facts.number} that the settings need fixing`);
        return;
      }
      const env = await routingEnvironmentFor(scope, loaded.program, runtime, facts.number);
      const result = await routeIssueFlow(scope.gateway, facts, env);
      logOutcomes(context, `question routing #${facts.number}`, result.outcomes);
    });
  });
}
