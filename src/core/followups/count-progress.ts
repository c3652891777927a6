import { progressStatus, type ProgressStatus, type StepProgress } from "./step-progress.js";

export interface PersonaProgress {
  /** Persona id, or undefined for steps that name none. */
  persona: string | undefined;
  /** Display name: the persona's name, else its id, else "No persona". */
  name: string;
  counts: Record<ProgressStatus, number>;
}

/**
 * Steps counted by status for each persona, in the order the personas are given (unknown ids and
 * steps without a persona last). Dropped steps are counted but belong to no status column.
 */
export function countProgress(
  steps: readonly StepProgress[],
  personas: readonly { id: string; name: string }[],
  now: Date,
): { total: Record<ProgressStatus, number>; perPersona: PersonaProgress[] } {
  const total = emptyCounts();
  const groups = new Map<string | undefined, PersonaProgress>();
  for (const step of steps) {
    const status = progressStatus(step, now);
    total[status]++;
    let group = groups.get(step.persona);
    if (group === undefined) {
      group = { persona: step.persona, name: nameOf(step.persona, personas), counts: emptyCounts() };
      groups.set(step.persona, group);
    }
    group.counts[status]++;
  }
  const order = new Map(personas.map((persona, index) => [persona.id, index] as const));
  const rank = (id: string | undefined) => (id === undefined ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? personas.length));
  const perPersona = [...groups.values()].sort((a, b) => rank(a.persona) - rank(b.persona) || a.name.localeCompare(b.name));
  return { total, perPersona };
}

function nameOf(id: string | undefined, personas: readonly { id: string; name: string }[]): string {
  if (id === undefined) return "No persona";
  return personas.find((persona) => persona.id === id)?.name ?? id;
}

function emptyCounts(): Record<ProgressStatus, number> {
  return { done: 0, "in-progress": 0, overdue: 0, dropped: 0 };
}
