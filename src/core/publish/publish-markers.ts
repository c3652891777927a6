/**
 * Hidden markers that tie what `survey publish` wrote to what it will write next time. The product is
 * stateless: an analysis issue is found again by the marker in its body, never by its title (people
 * retitle issues) or a stored number. Values are percent-encoded, so a cycle such as `2026 H2` or
 * one containing `-->` cannot end the HTML comment early or make two markers look alike.
 */

const PREFIX = "<!-- persona-governance:";

/** Opens the part of a body that `survey publish` rewrites; everything outside it is left alone. */
export const GENERATED_START = `${PREFIX}generated:start -->`;
/** Closes the generated part. */
export const GENERATED_END = `${PREFIX}generated:end -->`;

/** The analysis issue of one persona in one survey cycle. */
export function analysisMarker(personaId: string, cycle: string): string {
  return `${PREFIX}analysis persona=${encode(personaId)} cycle=${encode(cycle)} -->`;
}

/**
 * The heads-up for one tool owner in one cycle: an issue, or with `persona` a comment on that persona's
 * analysis issue. `owner` is a handle such as `@acme/ci-team`; the marker stores it without the `@`
 * (a marker must never be a mention) and lower-cased (GitHub handles are case-insensitive).
 */
export function headsUpMarker(owner: string, cycle: string, persona?: string): string {
  const on = persona === undefined ? "" : ` persona=${encode(persona)}`;
  return `${PREFIX}heads-up owner=${encode(ownerKey(owner))} cycle=${encode(cycle)}${on} -->`;
}

/** The review-meeting issue of one cycle. */
export function meetingMarker(cycle: string): string {
  return `${PREFIX}review-meeting cycle=${encode(cycle)} -->`;
}

/** The reply to one `/analyze-survey` command comment, so a redelivered event is answered once. */
export function analyzeSurveyReplyMarker(commentId: number): string {
  return `${PREFIX}analyze-survey-reply ${commentId} -->`;
}

/** `@Acme/CI-Team` → `acme/ci-team`: how heads-ups group and name owners. */
export function ownerKey(handle: string): string {
  return handle.replace(/^@/, "").toLowerCase();
}

function encode(value: string): string {
  // encodeURIComponent leaves `-`, `!`, `~`, `*`, `'`, `(`, `)` alone; none can close a comment
  // without `>`, which it encodes.
  return encodeURIComponent(value);
}
