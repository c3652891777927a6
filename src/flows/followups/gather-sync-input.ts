import type { FollowupSyncInput } from "../../core/followups/followup-sync-input.js";
import { readMeetingCycle } from "../../core/followups/meeting-marker.js";
import { parseNextSteps } from "../../core/followups/parse-next-steps.js";
import { PROBLEMS_MARKER } from "../../core/followups/render-problems-comment.js";
import { PAIN_POINT_LABEL } from "../../core/publish/publish-labels.js";
import { analysisMarker } from "../../core/publish/publish-markers.js";
import { resolvePhases } from "../../core/config/resolve-phases.js";
import type { Handle } from "../../core/config/handles.js";
import type { GitHubGateway, Issue } from "../../github/gateway.js";
import { listTeamMembers } from "../survey/publish-team-members.js";
import { vocabularyFor, type FollowupProgram } from "./followup-program.js";
import { listTrackingIssues } from "./list-tracking-issues.js";

/**
 * Reads everything the sync planner needs for one meeting issue: its checklist, its tracking issues,
 * the repository's labels, the owner teams' members, the cycle's analysis issues (for links) and our
 * reply about unreadable lines. Reads only; a few list calls whatever the number of steps.
 */
export async function gatherSyncInput(gateway: GitHubGateway, meeting: Issue, program: FollowupProgram): Promise<FollowupSyncInput> {
  const cycle = readMeetingCycle(meeting.body) ?? program.config.survey.cycle;
  const checklist = parseNextSteps(meeting.body, vocabularyFor(program, cycle));
  const references = [...checklist.steps.flatMap((step) => step.references), ...checklist.errors.flatMap((error) => error.references)];
  const owners = checklist.steps.flatMap((step): Handle[] => (step.owner === undefined ? [] : [step.owner]));
  const [tracking, labels, teamMembers, analysisIssues, problemsComment] = await Promise.all([
    listTrackingIssues(gateway, meeting.number, references),
    gateway.labels.list(),
    listTeamMembers(gateway, owners),
    cycle === undefined ? Promise.resolve({}) : findAnalysisIssues(gateway, program, cycle),
    gateway.comments.findByMarker(meeting.number, PROBLEMS_MARKER),
  ]);
  return {
    meeting: { number: meeting.number, body: meeting.body },
    ...(cycle === undefined ? {} : { cycle }),
    checklist,
    tracking,
    personas: program.personas,
    phases: resolvePhases(program.config),
    config: program.config,
    labels: labels.map((label) => label.name),
    teamMembers,
    analysisIssues,
    ...(problemsComment === undefined ? {} : { problemsComment: { id: problemsComment.id, body: problemsComment.body } }),
  };
}

/** The analysis issue `survey publish` made for each persona in `cycle`, by persona id. */
async function findAnalysisIssues(gateway: GitHubGateway, program: FollowupProgram, cycle: string): Promise<Record<string, number>> {
  const issues = await gateway.issues.list({ labels: [PAIN_POINT_LABEL], state: "all" });
  const found: Record<string, number> = {};
  for (const persona of program.personas) {
    const marker = analysisMarker(persona.id, cycle);
    const issue = issues.find((candidate) => candidate.body.includes(marker));
    if (issue !== undefined) found[persona.id] = issue.number;
  }
  return found;
}
