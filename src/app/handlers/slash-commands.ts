import type { Probot } from "probot";
import { findAppCommands, runSlashCommands } from "../../flows/routing/run-slash-commands.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { onEvent } from "../on-event.js";
import { loadProgram } from "../load-program.js";
import { logOutcomes } from "../log-outcomes.js";
import { routingEnvironmentFor } from "../routing-environment-for.js";

/**
 * Slash commands in new issue comments. Edited comments are not read again: a command that was
 * already carried out would run twice, and one added by an edit is better posted as a new comment.
 * Comments without a command cost no request at all.
 */
export function registerSlashCommands(app: Probot, runtime: AppRuntime, exclusive: <T>(key: string, task: () => Promise<T>) => Promise<T>): void {
  onEvent(app, ["issue_comment.created"], "slash commands", async (context) => {
    const { issue, comment } = context.payload;
    if (issue.pull_request !== undefined && issue.pull_request !== null) return;
    const commands = findAppCommands(comment.body);
    const scope = readEventScope(context);
    const author = comment.user?.login;
    if (commands.length === 0 || scope === undefined || author === undefined) return;
    const { owner, repo } = scope.gateway.repoRef;
    await exclusive(`${scope.installationId}:${owner}/${repo}#${issue.number}`, async () => {
      const loaded = await loadProgram(context, scope, runtime);
      if (!loaded.ok) return;
      const env = await routingEnvironmentFor(scope, loaded.program, runtime, issue.number);
      const result = await runSlashCommands(scope.gateway, { issue: issue.number, commentId: comment.id, author, commands }, env);
      logOutcomes(context, `slash commands on #${issue.number}`, result.outcomes);
    });
  });
}
