import { personaLabel } from "../sync/desired-labels.js";
import { workflowLabelSpecs } from "../sync/workflow-labels.js";
import type { LabelSpec } from "../plan/operation.js";
import type { DroppedStep, FollowupOp, LineEdit } from "./followup-op.js";
import type { FollowupSyncInput, FollowupSyncPlan } from "./followup-sync-input.js";
import { matchSteps, type MatchedStep } from "./match-steps.js";
import type { StepProblem } from "./next-step.js";
import { planProblemsComment } from "./plan-problems-comment.js";
import { planDropped, planExistingStep, planNewStep, type StepPlan } from "./plan-step-ops.js";
import { hasDroppedSection } from "./rewrite-meeting-body.js";
import { NEXT_STEP_LABEL } from "./step-labels.js";

/**
 * Turns the meeting's checklist into operations: a tracking issue per new step, updates where a line
 * changed, box and issue state kept in step both ways, lines rewritten to link their issue, steps no
 * longer in the checklist marked dropped (their issues are never closed or deleted), and one reply
 * listing every line that could not be read. Planning twice from the same state gives no operations
 * the second time, once the first plan was applied.
 */
export function planFollowupSync(input: FollowupSyncInput): FollowupSyncPlan {
  const { matched, unclaimed, duplicates } = matchSteps(input.checklist, input.tracking);
  const issueOps: FollowupOp[] = [];
  const edits: LineEdit[] = [];
  const notes: string[] = [];
  const repeated: StepProblem[] = [];
  const turns = new Map<string, number>();
  const newKeys = new Set<string>();
  for (const entry of matched) {
    const turn = nextTurn(turns, entry.step.owner?.handle);
    if (entry.tracking === undefined && newKeys.has(entry.key)) {
      repeated.push(repeatedProblem(entry));
      continue;
    }
    const plan: StepPlan = entry.tracking === undefined ? planNewStep(entry, turn, input) : planExistingStep(entry, entry.tracking, turn, input);
    if (entry.tracking === undefined) newKeys.add(entry.key);
    issueOps.push(...plan.operations);
    if (plan.edit !== undefined) edits.push(plan.edit);
    notes.push(...plan.notes);
  }
  const dropped: DroppedStep[] = [];
  if (input.checklist.found) {
    for (const entry of unclaimed) {
      issueOps.push(...planDropped(entry, input));
      dropped.push({ issue: entry.issue.number, title: entry.issue.title });
    }
  }
  const operations = [...planLabels(issueOps, input), ...issueOps];
  if (input.checklist.found && (edits.length > 0 || !hasDroppedSection(input.meeting.body, dropped))) {
    operations.push({ kind: "edit-meeting", issue: input.meeting.number, edits, dropped, reason: describeMeetingEdit(edits, dropped) });
  }
  const problems = [...input.checklist.errors, ...duplicates, ...repeated];
  operations.push(...planProblemsComment(input.meeting.number, problems, input.problemsComment));
  return { operations, notes, counts: { steps: matched.length - repeated.length, problems: new Set(problems.map((p) => p.line)).size, dropped: dropped.length } };
}

function nextTurn(turns: Map<string, number>, owner: string | undefined): number {
  const key = owner?.toLowerCase() ?? "";
  const turn = turns.get(key) ?? 0;
  turns.set(key, turn + 1);
  return turn;
}

/** Labels the planned issues carry that the repository lacks, created first with a colour and description. */
function planLabels(operations: readonly FollowupOp[], input: FollowupSyncInput): FollowupOp[] {
  if (input.labels === undefined) return [];
  const existing = new Set(input.labels.map((name) => name.toLowerCase()));
  const wanted = new Set(operations.flatMap((op) => (op.kind === "create-issue" ? op.labels : op.kind === "update-issue" ? (op.labels ?? []) : [])));
  const specs: LabelSpec[] = [
    ...workflowLabelSpecs(input.config).filter((label) => label.name === NEXT_STEP_LABEL),
    ...input.personas.map((persona) => personaLabel(persona, input.config).spec),
  ];
  return specs
    .filter((spec) => wanted.has(spec.name) && !existing.has(spec.name.toLowerCase()))
    .map((label) => ({ kind: "create-label", label, reason: "tracking issues carry it and the repository does not have it yet" }));
}

function describeMeetingEdit(edits: readonly LineEdit[], dropped: readonly DroppedStep[]): string {
  const parts: string[] = [];
  const links = edits.filter((edit) => edit.link !== undefined).length;
  if (links > 0) parts.push(`link ${links === 1 ? "1 step" : `${links} steps`} to ${links === 1 ? "its tracking issue" : "their tracking issues"}`);
  const boxes = edits.length - links;
  if (boxes > 0) parts.push(`set ${boxes === 1 ? "1 box" : `${boxes} boxes`} to match the tracking issues' state`);
  if (dropped.length > 0) parts.push(`list ${dropped.length === 1 ? "1 dropped step" : `${dropped.length} dropped steps`}`);
  return parts.length === 0 ? "remove the list of dropped steps" : parts.join("; ");
}

function repeatedProblem(entry: MatchedStep): StepProblem {
  return {
    line: entry.step.line,
    raw: entry.step.raw,
    message: "This line repeats the text of an earlier step, so it would track the same work twice.",
    fix: "Delete one of the two lines, or reword this one if it is a different step.",
    references: [],
  };
}
