/** What the progress reports (digest, closing report) need besides the steps themselves. */
export interface ProgressContext {
  /** The review-meeting issue. */
  meeting: number;
  cycle?: string;
  personas: readonly { id: string; name: string }[];
  phases: readonly { id: string; name: string }[];
  now: Date;
}

/** A phase id as its name, or the id itself when the phase is unknown. */
export function phaseName(context: ProgressContext, id: string | undefined): string {
  if (id === undefined) return "–";
  return context.phases.find((phase) => phase.id === id)?.name ?? id;
}
