import { personaLabelName } from "../persona/persona-label.js";
import type { FollowupSyncInput } from "./followup-sync-input.js";

/** On every tracking issue; the follow-ups list a meeting's steps by it. */
export const NEXT_STEP_LABEL = "next-step";

/** The labels a tracking issue carries: `next-step` and the persona's label, when the persona is known. */
export function labelsFor(persona: string | undefined, input: FollowupSyncInput): string[] {
  const doc = input.personas.find((candidate) => candidate.id === persona);
  return doc === undefined ? [NEXT_STEP_LABEL] : [NEXT_STEP_LABEL, personaLabelName(doc, input.config)];
}

/**
 * The labels an issue should have after its persona changed from `before` to `after`: ours added when
 * missing, the old persona's removed, everything else people put on it kept. Undefined when nothing
 * changes.
 */
export function reconcileLabels(current: readonly string[], before: string | undefined, after: string | undefined, input: FollowupSyncInput): string[] | undefined {
  const wanted = labelsFor(after, input);
  const stale = before !== after ? labelsFor(before, input).filter((name) => name !== NEXT_STEP_LABEL && !wanted.includes(name)) : [];
  const lower = (names: readonly string[]) => new Set(names.map((name) => name.toLowerCase()));
  const have = lower(current);
  const drop = lower(stale);
  const missing = wanted.filter((name) => !have.has(name.toLowerCase()));
  const removing = current.filter((name) => drop.has(name.toLowerCase()));
  if (missing.length === 0 && removing.length === 0) return undefined;
  return [...current.filter((name) => !drop.has(name.toLowerCase())), ...missing];
}
