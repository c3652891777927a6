/**
 * The contract between the review-meeting issue (written by `survey publish`) and the follow-ups
 * (which turn its "Agreed next steps" checklist into tracking issues). Both sides import these
 * constants, so the format the meeting issue documents is exactly the format the follow-ups read.
 *
 * One line per agreed step, a GitHub task-list item:
 *
 *     - [ ] <what> @owner due:YYYY-MM-DD persona:<id> pain:<phase>
 *
 * - `<what>`: free text, the step itself. Everything on the line that is not one of the fields below.
 * - `@owner`: exactly one GitHub handle, `@user` or `@org/team`, who owns the step.
 * - `due:YYYY-MM-DD`: optional; when absent the cycle's planning deadline applies.
 * - `persona:<id>`: the persona id (the doc's `id`, e.g. `backend-developer`).
 * - `pain:<phase>`: the phase id of the pain point the step addresses (e.g. `building`).
 *
 * Fields may appear in any order after `<what>`; each at most once. `[x]` marks a step done by hand.
 */

/** The section's heading text; the section is the H2 with this text. */
export const NEXT_STEPS_HEADING = "Agreed next steps";

/** The heading line as the meeting issue writes it. */
export const NEXT_STEPS_HEADING_LINE = `## ${NEXT_STEPS_HEADING}`;

/** The line format, as shown to people in the meeting issue. */
export const NEXT_STEP_LINE_FORMAT = "- [ ] <what> @owner due:YYYY-MM-DD persona:<id> pain:<phase>";

/** Hidden marker that opens the help comment inside the section, so tools can skip it. */
export const NEXT_STEPS_HELP_MARKER = "<!-- persona-governance:next-steps";

/** Field prefixes of a next-step line. */
export const NEXT_STEP_FIELDS = { due: "due:", persona: "persona:", pain: "pain:" } as const;

export type NextStepField = keyof typeof NEXT_STEP_FIELDS;

/** A task-list item: group 1 is the box's content (` `, `x` or `X`), group 2 the rest of the line. */
export const NEXT_STEP_TASK_PATTERN = /^[ \t]{0,3}[-*+][ \t]+\[([ xX])\][ \t]+(.*?)[ \t]*$/;

/**
 * One `name:value` field anywhere on the line after the box (global: iterate with `matchAll`).
 * Group 1 is the field name, group 2 its value (up to the next whitespace).
 */
export const NEXT_STEP_FIELD_PATTERN = /(?<=^|\s)(due|persona|pain):(\S+)/g;

/** A due date value as the line must write it. */
export const NEXT_STEP_DUE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A persona or phase id value: kebab-case. */
export const NEXT_STEP_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The owner handle (global: iterate with `matchAll`; a valid line has exactly one). Group 1 is the
 * handle without `@`: `login` or `org/team`. Preceded by whitespace or the start, so `a@b.c` is no owner.
 */
export const NEXT_STEP_OWNER_PATTERN = /(?<=^|\s)@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?)(?=\s|$)/g;

export interface NextStepLine {
  what: string;
  /** With the leading `@`. */
  owner: string;
  due?: string;
  persona: string;
  pain: string;
  done?: boolean;
}

/**
 * Writes one step in the documented format. `what` is written as given: callers that take it from
 * people escape it first.
 */
export function renderNextStepLine(step: NextStepLine): string {
  const due = step.due === undefined ? "" : ` ${NEXT_STEP_FIELDS.due}${step.due}`;
  return `- [${step.done === true ? "x" : " "}] ${step.what} ${step.owner}${due} ${NEXT_STEP_FIELDS.persona}${step.persona} ${NEXT_STEP_FIELDS.pain}${step.pain}`;
}
