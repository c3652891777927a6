import type { Config } from "../config/config-schema.js";
import type { FollowupOp } from "./followup-op.js";
import type { Persona } from "../persona/persona.js";
import type { ParsedChecklist } from "./next-step.js";
import type { TrackingIssue } from "./tracking-issue.js";

/** An existing comment of ours, found by its marker. */
export interface OwnComment {
  id: number;
  body: string;
}

/** Everything `planFollowupSync` reads; the flow gathers it from GitHub. */
export interface FollowupSyncInput {
  meeting: { number: number; body: string };
  /** The meeting's survey cycle, from its marker (else `survey.cycle`). */
  cycle?: string;
  checklist: ParsedChecklist;
  /** Every tracking issue of this meeting. */
  tracking: readonly TrackingIssue[];
  personas: readonly Persona[];
  phases: readonly { id: string; name: string }[];
  config: Pick<Config, "labels" | "routing" | "followups">;
  /** Label names the repository has; undefined when they were not read (no labels are created then). */
  labels?: readonly string[];
  /** Members of the owner teams, by `org/slug`. */
  teamMembers: Readonly<Record<string, readonly string[]>>;
  /** Analysis issues of the meeting's cycle, by persona id. */
  analysisIssues: Readonly<Record<string, number>>;
  /** Our reply listing the lines that do not parse, when there is one. */
  problemsComment?: OwnComment;
}

/** What the sync planner decided, and what the user should know besides. */
export interface FollowupSyncPlan {
  operations: FollowupOp[];
  /** Things worth saying that are not operations, e.g. a team without members to assign. */
  notes: string[];
  /** Steps read, lines that could not be read, and tracking issues dropped. */
  counts: { steps: number; problems: number; dropped: number };
}
