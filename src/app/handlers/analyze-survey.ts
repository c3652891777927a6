import type { Probot } from "probot";
import { parseAnalyzeSurveyCommand } from "../../core/publish/parse-analyze-survey-command.js";
import { answerAnalyzeSurvey } from "../../flows/survey/publish-on-command.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { loadProgram } from "../load-program.js";
import { onEvent } from "../on-event.js";

/**
 * `/analyze-survey path/to/export.csv` in a new issue comment: maintainers publish a survey export
 * committed to the repository (see `answerAnalyzeSurvey`). Comments without the command cost nothing;
 * the issue is locked like any other command, so two commands on it never interleave.
 */
export function registerAnalyzeSurvey(app: Probot, runtime: AppRuntime, exclusive: <T>(key: string, task: () => Promise<T>) => Promise<T>): void {
  onEvent(app, ["issue_comment.created"], "analyze-survey", async (context) => {
    const { issue, comment } = context.payload;
    if (issue.pull_request !== undefined && issue.pull_request !== null) return;
    if (parseAnalyzeSurveyCommand(comment.body) === undefined) return;
    const scope = readEventScope(context);
    const author = comment.user?.login;
    if (scope === undefined || author === undefined) return;
    const { owner, repo } = scope.gateway.repoRef;
    await exclusive(`${scope.installationId}:${owner}/${repo}#${issue.number}`, async () => {
      const loaded = await loadProgram(context, scope, runtime);
      if (!loaded.ok) return;
      const outcome = await answerAnalyzeSurvey(
        scope.gateway,
        { issue: issue.number, commentId: comment.id, body: comment.body, author },
        { config: loaded.program.config, personas: loaded.program.personas, botLogin: await runtime.botLogin(), now: new Date(runtime.now()), dryRun: runtime.settings.dryRun },
      );
      context.log.info(`analyze-survey on #${issue.number}: ${outcome.status}${"reason" in outcome ? ` (${outcome.reason})` : ""}`);
    });
  });
}
