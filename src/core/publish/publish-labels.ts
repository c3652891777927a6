import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { LabelSpec } from "../plan/operation.js";
import { personaLabel } from "../sync/desired-labels.js";
import { workflowLabelSpecs } from "../sync/workflow-labels.js";

/** On every analysis issue. */
export const PAIN_POINT_LABEL = "pain-point";
/** On every heads-up issue. */
export const HEADS_UP_LABEL = "heads-up";
/**
 * On the review-meeting issue, so publishing and the follow-ups find it with one list call. Not one of
 * the sync's workflow labels yet, so publishing creates it with this description when it is missing.
 */
export const REVIEW_MEETING_LABEL = "review-meeting";
const REVIEW_MEETING_DESCRIPTION = "The review meeting after a persona survey; its agreed next steps become tracked work";

/**
 * The labels the issues of one publication carry in the main repository: `pain-point`, the meeting
 * label, the persona labels of `personas`, and `heads-up` when heads-ups are issues here. Missing ones
 * are created with these colours and descriptions, rather than left for GitHub to invent bare.
 */
export function publishLabelSpecs(personas: readonly Persona[], config: Pick<Config, "labels">, withHeadsUp: boolean): LabelSpec[] {
  const names = withHeadsUp ? [PAIN_POINT_LABEL, HEADS_UP_LABEL, REVIEW_MEETING_LABEL] : [PAIN_POINT_LABEL, REVIEW_MEETING_LABEL];
  return [...workflowSpecs(config, names), ...personas.map((persona) => personaLabel(persona, config).spec)];
}

/** The `heads-up` label, for heads-up issues in another repository. */
export function headsUpLabelSpecs(config: Pick<Config, "labels">): LabelSpec[] {
  return workflowSpecs(config, [HEADS_UP_LABEL]);
}

function workflowSpecs(config: Pick<Config, "labels">, names: readonly string[]): LabelSpec[] {
  const known = workflowLabelSpecs(config);
  const color = config.labels.workflowColor.toLowerCase();
  return names.map((name) => known.find((label) => label.name === name) ?? { name, color, description: name === REVIEW_MEETING_LABEL ? REVIEW_MEETING_DESCRIPTION : "" });
}
