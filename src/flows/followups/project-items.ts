import type { FollowupOp } from "../../core/followups/followup-op.js";
import type { ItemFacts } from "../../core/followups/plan-item-values.js";
import { readTrackingRecord, type TrackingRecord } from "../../core/followups/tracking-marker.js";
import type { TrackingIssue } from "../../core/followups/tracking-issue.js";
import type { FollowupProgram } from "./followup-program.js";
import type { ProjectItemRequest } from "./project-sync.js";

/** Every tracking issue as a project item, with the values its record gives. */
export function projectItemsFor(tracking: readonly TrackingIssue[], program: FollowupProgram): ProjectItemRequest[] {
  return tracking.map(({ issue, record }) => ({
    issue: { number: issue.number, nodeId: issue.nodeId },
    label: `#${issue.number}`,
    facts: factsOf(record, issue.state, program),
  }));
}

/** The issues a dry run would create, as items that would be added once they exist. */
export function plannedProjectItems(operations: readonly FollowupOp[], program: FollowupProgram): ProjectItemRequest[] {
  return operations.flatMap((op) => {
    if (op.kind !== "create-issue") return [];
    const record = readTrackingRecord(op.body);
    if (record === undefined) return [];
    return [{ label: `the new issue for line ${op.line}`, facts: factsOf(record, op.close ? "closed" : "open", program) }];
  });
}

function factsOf(record: TrackingRecord, state: "open" | "closed", program: FollowupProgram): ItemFacts {
  const facts: ItemFacts = { state };
  const persona = program.personas.find((candidate) => candidate.id === record.persona);
  if (persona !== undefined) facts.persona = persona.name;
  if (record.due !== undefined) facts.due = record.due;
  if (record.cycle !== undefined) facts.cycle = record.cycle;
  if (record.owner !== undefined) facts.owner = record.owner;
  return facts;
}
