import type { FollowupSyncPlan } from "../../core/followups/followup-sync-input.js";
import { planFollowupSync } from "../../core/followups/plan-followup-sync.js";
import type { TrackingIssue } from "../../core/followups/tracking-issue.js";
import type { GitHubGateway, Issue, ProjectsGateway, RequestStats } from "../../github/gateway.js";
import { startCounting } from "../sync/sync-stats.js";
import { applyFollowupOps, type OpOutcome } from "./apply-followup-ops.js";
import { findMeetingIssue } from "./find-meeting.js";
import type { FollowupProgram } from "./followup-program.js";
import { gatherSyncInput } from "./gather-sync-input.js";
import { listTrackingIssues } from "./list-tracking-issues.js";
import { projectItemsFor, plannedProjectItems } from "./project-items.js";
import { syncProject, type ProjectSyncResult } from "./project-sync.js";

export interface SyncFollowupsRequest {
  gateway: GitHubGateway;
  /** Reaches the project board; often a gateway built on another token (see `project-token`). */
  projects: ProjectsGateway;
  program: FollowupProgram;
  /** The meeting issue, by number or as already read; default: the meeting of `survey.cycle`. */
  meeting?: number | Issue;
  dryRun: boolean;
}

export interface SyncFollowupsResult {
  meeting: { number: number; url: string; cycle?: string };
  plan: FollowupSyncPlan;
  outcomes: OpOutcome[];
  /** Absent when no project is configured. */
  project?: ProjectSyncResult;
  dryRun: boolean;
  stats: RequestStats;
}

/**
 * `followups sync`: reads the meeting's checklist, plans the tracking issues, applies the plan (or,
 * in a dry run, only reports it), then brings the project board in line. Safe to run any number of
 * times and on every edit of the meeting issue: a second run with nothing changed writes nothing.
 *
 * @throws MeetingNotFoundError when the meeting issue cannot be found
 */
export async function syncFollowups(request: SyncFollowupsRequest): Promise<SyncFollowupsResult> {
  const { gateway, program, dryRun } = request;
  const stats = startCounting(gateway);
  const meeting = typeof request.meeting === "object" ? request.meeting : await findMeetingIssue(gateway, { ...(request.meeting === undefined ? {} : { number: request.meeting }), ...(program.config.survey.cycle === undefined ? {} : { cycle: program.config.survey.cycle }) });
  const input = await gatherSyncInput(gateway, meeting, program);
  const plan = planFollowupSync(input);
  const applied = await applyFollowupOps(gateway, plan.operations, { dryRun });
  const result: SyncFollowupsResult = {
    meeting: { number: meeting.number, url: meeting.htmlUrl, ...(input.cycle === undefined ? {} : { cycle: input.cycle }) },
    plan,
    outcomes: applied.outcomes,
    dryRun,
    stats: stats(),
  };
  const url = program.config.followups.project;
  if (url !== undefined) {
    const tracking = dryRun ? input.tracking : await listTrackingIssues(gateway, meeting.number);
    const items = [...projectItemsFor(tracking, program), ...(dryRun ? plannedProjectItems(plan.operations, program) : [])];
    result.project = await syncProject({ projects: request.projects, url, items, personaNames: optionNames(program, tracking), fields: program.config.followups.fields, dryRun });
  }
  result.stats = stats();
  return result;
}

/** The Persona options the board needs: every persona still in use, plus retired ones a step names. */
function optionNames(program: FollowupProgram, tracking: readonly TrackingIssue[]): string[] {
  const named = new Set(tracking.map((entry) => entry.record.persona));
  return program.personas.filter((persona) => persona.status !== "retired" || named.has(persona.id)).map((persona) => persona.name);
}
