import type { FollowupOp, LineEdit } from "./followup-op.js";
import type { FollowupSyncInput } from "./followup-sync-input.js";
import type { MatchedStep } from "./match-steps.js";
import { renderStateNotice, renderStepNotice } from "./render-step-notices.js";
import { renderTrackingIssueBody, trackingIssueTitle, type TrackingIssueContext } from "./render-tracking-issue.js";
import { chooseAssignees } from "./step-assignees.js";
import { describeChanges, factsChanged, recordChanged, replaceMarkers } from "./record-changes.js";
import { labelsFor, reconcileLabels } from "./step-labels.js";
import type { TrackingRecord } from "./tracking-marker.js";
import type { TrackingIssue } from "./tracking-issue.js";

/** What one step needs: operations on its issue, and the edit of its checklist line, if any. */
export interface StepPlan {
  operations: FollowupOp[];
  edit?: LineEdit;
  notes: string[];
}

/** A step without a tracking issue: create one, assigned, labelled, and closed if the box is ticked. */
export function planNewStep(entry: MatchedStep, turn: number, input: FollowupSyncInput): StepPlan {
  const choice = chooseAssignees(entry.step.owner?.handle, { config: input.config, teamMembers: input.teamMembers, turn, seed: entry.key, covered: [] });
  const record = { ...desiredFacts(entry, input), assigned: choice.logins, closed: entry.step.done, dropped: false };
  const operation: FollowupOp = {
    kind: "create-issue",
    key: entry.key,
    line: entry.step.line,
    title: trackingIssueTitle(entry.title),
    body: renderTrackingIssueBody(record, bodyContext(record, input)),
    labels: labelsFor(record.persona, input),
    assignees: choice.logins,
    close: entry.step.done,
    reason: `line ${entry.step.line} of #${input.meeting.number} has no tracking issue yet`,
  };
  const edit: LineEdit = { line: entry.step.line, from: entry.step.raw, box: entry.step.done ? "x" : " ", link: { createdKey: entry.key } };
  return { operations: [operation], edit, notes: emptyTeamNote(choice.emptyTeam, entry) };
}

/**
 * A step that has its issue: update what the line changed, keep the box and the issue's state in step
 * (whichever side someone changed since the last sync wins), and link the line if it is not linked.
 */
export function planExistingStep(entry: MatchedStep, tracking: TrackingIssue, turn: number, input: FollowupSyncInput): StepPlan {
  const { issue, record } = tracking;
  const facts = desiredFacts(entry, input);
  // A line without a date in a meeting of an earlier cycle keeps the date it was tracked with.
  if (facts.due === undefined && record.due !== undefined) facts.due = record.due;
  const operations: FollowupOp[] = [];
  const notes: string[] = [];
  const state = reconcileState(entry.step.done, issue.state === "closed", record.closed);
  let assigned = record.assigned;
  if (facts.owner !== record.owner) {
    const choice = chooseAssignees(facts.owner, { config: input.config, teamMembers: input.teamMembers, turn, seed: entry.key, covered: issue.assignees });
    notes.push(...emptyTeamNote(choice.emptyTeam, entry));
    const current = new Set(issue.assignees.map((login) => login.toLowerCase()));
    const add = choice.logins.filter((login) => !current.has(login.toLowerCase()));
    const keep = new Set(choice.logins.map((login) => login.toLowerCase()));
    const remove = record.assigned.filter((login) => current.has(login.toLowerCase()) && !keep.has(login.toLowerCase()));
    if (add.length > 0) operations.push({ kind: "assign", issue: issue.number, logins: add, reason: `the owner is now ${facts.owner ?? "nobody"}` });
    if (remove.length > 0) operations.push({ kind: "unassign", issue: issue.number, logins: remove, reason: `the owner is no longer ${record.owner ?? "set"}` });
    assigned = [...record.assigned.filter((login) => !remove.includes(login)), ...add];
  }
  const next: TrackingRecord = { ...facts, assigned, closed: state.closed, dropped: false };
  const update = planIssueUpdate(tracking, next, state.issue, input);
  if (update !== undefined) operations.push(update);
  if (state.issue !== undefined) {
    const body = renderStateNotice(input.meeting.number, state.issue);
    operations.push({ kind: "comment", issue: issue.number, role: "state-change", body, reason: `the step's box was ${state.issue === "closed" ? "ticked" : "unticked"} in #${input.meeting.number}` });
  }
  if (record.dropped) {
    operations.push({ kind: "comment", issue: issue.number, role: "restored", body: renderStepNotice("restored", input.meeting.number, issue.number), reason: `the step is back in #${input.meeting.number}` });
  }
  const box = state.closed ? "x" : " ";
  const needsBox = entry.step.done !== state.closed;
  if (!entry.linked || needsBox) {
    const edit: LineEdit = { line: entry.step.line, from: entry.step.raw, box, ...(entry.linked ? {} : { link: { issue: issue.number } }) };
    return { operations, edit, notes };
  }
  return { operations, notes };
}

/** A tracking issue whose line is gone: record it as dropped and say so on the issue, once. */
export function planDropped(tracking: TrackingIssue, input: FollowupSyncInput): FollowupOp[] {
  const { issue, record } = tracking;
  if (record.dropped) return [];
  const next: TrackingRecord = { ...record, dropped: true };
  const body = replaceMarkers(issue.body, record, next);
  return [
    { kind: "update-issue", issue: issue.number, body, changes: ["marked dropped"], reason: `no line of #${input.meeting.number} links it any more` },
    { kind: "comment", issue: issue.number, role: "dropped", body: renderStepNotice("dropped", input.meeting.number, issue.number), reason: "tell its owner the step is no longer followed up" },
  ];
}

/**
 * The box (B), the issue (I) and the state recorded at the last sync (S). When B and I disagree, the
 * one that still equals S is the one nobody touched, so it follows the other.
 */
function reconcileState(box: boolean, closed: boolean, recorded: boolean): { closed: boolean; issue?: "open" | "closed" } {
  if (box === closed) return { closed };
  if (closed !== recorded) return { closed };
  return { closed: box, issue: box ? "closed" : "open" };
}

function planIssueUpdate(tracking: TrackingIssue, next: TrackingRecord, state: "open" | "closed" | undefined, input: FollowupSyncInput): FollowupOp | undefined {
  const { issue, record } = tracking;
  const changes: string[] = [];
  const update: { title?: string; body?: string; labels?: string[]; state?: "open" | "closed" } = {};
  if (next.text !== record.text && trackingIssueTitle(next.text) !== issue.title) {
    update.title = trackingIssueTitle(next.text);
    changes.push("title");
  }
  if (recordChanged(record, next)) {
    // A changed step rewrites the description; a change of our bookkeeping only touches the record.
    const body = factsChanged(record, next) ? renderTrackingIssueBody(next, bodyContext(next, input)) : replaceMarkers(issue.body, record, next);
    if (body !== issue.body) update.body = body;
    const described = describeChanges(record, next);
    changes.push(...(described.length > 0 ? described : update.body === undefined ? [] : ["sync record"]));
  }
  const labels = reconcileLabels(issue.labels, record.persona, next.persona, input);
  if (labels !== undefined) {
    update.labels = labels;
    changes.push("labels");
  }
  if (state !== undefined) {
    update.state = state;
    changes.push(state === "closed" ? "closed" : "reopened");
  }
  if (changes.length === 0) return undefined;
  return { kind: "update-issue", issue: issue.number, ...update, changes, reason: `its line in #${input.meeting.number} changed` };
}

function desiredFacts(entry: MatchedStep, input: FollowupSyncInput): Omit<TrackingRecord, "assigned" | "closed" | "dropped"> {
  const facts: Omit<TrackingRecord, "assigned" | "closed" | "dropped"> = { meeting: input.meeting.number, key: entry.key, text: entry.title };
  if (entry.step.owner !== undefined) facts.owner = entry.step.owner.handle;
  if (entry.step.due !== undefined) facts.due = entry.step.due;
  if (entry.step.persona !== undefined) facts.persona = entry.step.persona;
  if (entry.step.pain !== undefined) facts.pain = entry.step.pain;
  if (input.cycle !== undefined) facts.cycle = input.cycle;
  return facts;
}

function bodyContext(record: TrackingRecord, input: FollowupSyncInput): TrackingIssueContext {
  const context: TrackingIssueContext = {
    hasProject: input.config.followups.project !== undefined,
    remindDaysBefore: input.config.followups.remindDaysBefore,
    reminderIntervalDays: input.config.followups.reminderIntervalDays,
  };
  const persona = input.personas.find((candidate) => candidate.id === record.persona);
  if (persona !== undefined) context.personaName = persona.name;
  const phase = input.phases.find((candidate) => candidate.id === record.pain);
  if (phase !== undefined) context.painName = phase.name;
  const analysis = record.persona === undefined ? undefined : input.analysisIssues[record.persona];
  if (analysis !== undefined) context.analysisIssue = analysis;
  return context;
}

function emptyTeamNote(team: string | undefined, entry: MatchedStep): string[] {
  if (team === undefined) return [];
  return [`Line ${entry.step.line}: the owner team ${team} has no members the token can see, so its tracking issue stays unassigned (a token with members: read, or read:org, can list them).`];
}
