import type { Probot } from "probot";
import { meetingOfIssue } from "../../core/followups/followup-trigger.js";
import { MeetingNotFoundError } from "../../flows/followups/find-meeting.js";
import { syncFollowups } from "../../flows/followups/sync-followups.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { loadProgram } from "../load-program.js";
import { onEvent } from "../on-event.js";

/**
 * Follow-ups on events: editing a review meeting's description syncs its checklist into tracking
 * issues and the project board; closing or reopening a tracking issue syncs its meeting, so the box
 * in the checklist and the board's Status follow. Events the App caused itself are ignored (see
 * `onEvent`), and a sync with nothing new writes nothing, so redeliveries are harmless.
 */
export function registerFollowups(app: Probot, runtime: AppRuntime, exclusive: <T>(key: string, task: () => Promise<T>) => Promise<T>): void {
  onEvent(app, ["issues.edited", "issues.closed", "issues.reopened"], "follow-ups", async (context) => {
    const { issue } = context.payload;
    const meeting = meetingOfIssue({ number: issue.number, body: issue.body });
    // The meeting issue's own closing or reopening changes no step.
    if (meeting === undefined || (meeting === issue.number && context.payload.action !== "edited")) return;
    const scope = readEventScope(context);
    if (scope === undefined) return;
    const { owner, repo } = scope.gateway.repoRef;
    await exclusive(`${scope.installationId}:${owner}/${repo}#followups-${meeting}`, async () => {
      const loaded = await loadProgram(context, scope, runtime);
      if (!loaded.ok) return;
      try {
        const result = await syncFollowups({ gateway: scope.gateway, projects: scope.gateway.projects, program: loaded.program, meeting, dryRun: runtime.settings.dryRun });
        const written = result.outcomes.filter((outcome) => outcome.status === "applied").length;
        const failed = result.outcomes.filter((outcome) => outcome.status === "failed");
        context.log.info(`follow-ups #${meeting}: ${result.plan.counts.steps} steps, ${written} writes, ${result.plan.counts.problems} unreadable lines`);
        for (const outcome of failed) context.log.warn(`follow-ups #${meeting}: ${outcome.error?.message ?? outcome.op.kind}`);
        if (result.project?.error !== undefined) context.log.warn(`follow-ups #${meeting}: the project board was not updated: ${result.project.error}`);
      } catch (error) {
        if (!(error instanceof MeetingNotFoundError)) throw error;
        context.log.debug(`follow-ups: ${error.message}`);
      }
    });
  });
}
