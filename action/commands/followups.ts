import { readFileSync } from "node:fs";
import { meetingOfIssue } from "../../src/core/followups/followup-trigger.js";
import { safeInline } from "../../src/core/text/safe-markdown.js";
import { listOpenMeetings, MeetingNotFoundError } from "../../src/flows/followups/find-meeting.js";
import { remindResultToJson, syncResultToJson } from "../../src/flows/followups/followup-json.js";
import type { FollowupProgram } from "../../src/flows/followups/followup-program.js";
import { remindFollowups, type RemindFollowupsResult } from "../../src/flows/followups/remind-followups.js";
import { renderRemindReport, renderSyncReport } from "../../src/flows/followups/render-followup-report.js";
import { syncFollowups, type SyncFollowupsResult } from "../../src/flows/followups/sync-followups.js";
import { loadLocalProgram } from "../../src/flows/questions/load-local-program.js";
import type { GitHubGateway } from "../../src/github/gateway.js";
import { formatRepoRef } from "../../src/github/repo-ref.js";
import { connectActionGateway, readActionNow } from "../connect-github.js";
import { InputError } from "../errors.js";
import type { ActionCommand, Annotation, CommandContext, CommandOutcome } from "./command.js";

const CONFIG_RULES = new Set(["config-yaml", "config-schema", "config-missing"]);

/** What a run does, from the event that started it. */
type Work = { sync: "all" | number | "none"; remind: boolean; note?: string };

/**
 * `command: followups` — on `schedule` and `workflow_dispatch`, syncs every open review meeting's
 * checklist into tracking issues and the project board, then sends due reminders and updates the
 * digest; on an `issues` event of a meeting issue (its checklist edited) or of a tracking issue
 * (closed or reopened), syncs that one meeting. The project is reached with `project-token`, since
 * the workflow's GITHUB_TOKEN cannot reach Projects (v2).
 */
export const followupsCommand: ActionCommand = {
  async run(context: CommandContext): Promise<CommandOutcome> {
    const work = readWork(context.env);
    if (work.sync === "none" && !work.remind) return { annotations: [], summary: `${work.note ?? "Nothing to follow up."}\n`, outputs: { plan: "[]", changed: "false" } };
    const program = await loadProgram(context);
    const { gateway, projectGateway } = connect(context);
    const repo = formatRepoRef(gateway.repoRef);
    const dryRun = context.inputs.dryRun;
    const syncs: SyncFollowupsResult[] = [];
    try {
      const meetings = work.sync === "all" ? await listOpenMeetings(gateway) : work.sync === "none" ? [] : [work.sync];
      for (const meeting of meetings) syncs.push(await syncFollowups({ gateway, projects: projectGateway.projects, program, meeting, dryRun }));
    } catch (error) {
      if (error instanceof MeetingNotFoundError) return { annotations: [], summary: `${safeInline(error.message)}\n`, outputs: { plan: "[]", changed: "false" } };
      throw error;
    }
    const reminded = work.remind ? await remindFollowups({ gateway, program, now: readActionNow(context.env), dryRun }) : undefined;
    return outcomeOf(syncs, reminded, repo, dryRun);
  },
};

function outcomeOf(syncs: readonly SyncFollowupsResult[], reminded: RemindFollowupsResult | undefined, repo: string, dryRun: boolean): CommandOutcome {
  const parts = syncs.map((result) => renderSyncReport(result, repo, "markdown"));
  if (reminded !== undefined) parts.push(renderRemindReport(reminded, repo, "markdown"));
  if (parts.length === 0) parts.push(`No open review-meeting issue in ${safeInline(repo)}: nothing to follow up.\n`);
  const annotations: Annotation[] = syncs
    .filter((result) => result.plan.counts.problems > 0)
    .map((result) => ({ level: "warning", message: `${result.plan.counts.problems} line(s) of the agreed next steps in #${result.meeting.number} could not be read; the reply on the issue lists them with the fix.`, properties: { title: "followups" } }));
  const outcomes = [...syncs.flatMap((result) => result.outcomes), ...(reminded?.meetings.flatMap((meeting) => meeting.outcomes) ?? [])];
  const failures = [...new Set(outcomes.flatMap((outcome) => (outcome.error === undefined ? [] : [outcome.error.message])))];
  const projectErrors = [...new Set(syncs.flatMap((result) => (result.project?.error === undefined ? [] : [result.project.error])))];
  const problems = [...failures, ...projectErrors.map((error) => `The project board was not updated: ${error}`)];
  const plan = [...syncs.map(syncResultToJson), ...(reminded === undefined ? [] : [remindResultToJson(reminded)])];
  return {
    annotations,
    summary: `## Follow-ups\n\n${parts.join("\n")}`,
    outputs: { plan: JSON.stringify(plan), changed: String(!dryRun && (outcomes.some((outcome) => outcome.status === "applied") || boardChanged(syncs))) },
    ...(problems.length === 0 ? {} : { failure: `The follow-ups did not finish; run again once this is fixed:\n${problems.join("\n")}` }),
  };
}

function boardChanged(syncs: readonly SyncFollowupsResult[]): boolean {
  return syncs.some((result) => (result.project?.fieldChanges.length ?? 0) > 0 || (result.project?.items.some((item) => item.action === "added" || item.action === "updated") ?? false));
}

/** What the event asks for. Issue events carry the issue in the payload, so no request decides it. */
function readWork(env: Record<string, string | undefined>): Work {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (event === "schedule" || event === "workflow_dispatch") return { sync: "all", remind: true };
  if (event !== "issues") return { sync: "all", remind: false, note: `Ran on ${event || "an unknown event"}: synced the checklists without sending reminders.` };
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const meeting = payload === undefined ? undefined : meetingOfIssue(payload);
  if (meeting === undefined) return { sync: "none", remind: false, note: "The issue of this event is neither a review meeting nor a tracking issue: nothing to follow up." };
  return { sync: meeting, remind: false };
}

function readPayload(path: string | undefined): { number: number; body: string | null } | undefined {
  if (path === undefined || path === "") return undefined;
  const payload = JSON.parse(readFileSync(path, "utf8")) as { issue?: { number?: unknown; body?: unknown } };
  const issue = payload.issue;
  if (typeof issue?.number !== "number") return undefined;
  return { number: issue.number, body: typeof issue.body === "string" ? issue.body : null };
}

async function loadProgram(context: CommandContext): Promise<FollowupProgram> {
  const program = await loadLocalProgram(context.root, context.inputs.configPath);
  const broken = program.report.diagnostics.find((d) => CONFIG_RULES.has(d.rule));
  if (broken !== undefined) throw new InputError(`${broken.file}:${broken.line}:${broken.column}: ${broken.message}. Fix the settings file first; \`command: validate\` lists every problem.`);
  return program.report;
}

/** The issues gateway on `github-token`, and the Projects one on `project-token` when it is given. */
function connect(context: CommandContext): { gateway: GitHubGateway; projectGateway: GitHubGateway } {
  const gateway = connectActionGateway(context, "followups");
  const { projectToken } = context.inputs;
  return { gateway, projectGateway: projectToken === undefined ? gateway : connectActionGateway(context, "followups", projectToken) };
}
