import { renderTemplate } from "../templates/render-template.js";

/** Hidden first line of the notices we post on tracking issues. */
export const STEP_NOTICE_MARKER = "<!-- persona-governance:next-step-notice -->";

/** Tells a tracking issue's people that its step left the checklist, or came back to it. */
export function renderStepNotice(kind: "dropped" | "restored", meeting: number, issue: number): string {
  return renderTemplate(kind === "dropped" ? "followups/dropped-notice.md" : "followups/restored-notice.md", {
    marker: STEP_NOTICE_MARKER,
    meeting: String(meeting),
    issue: String(issue),
  });
}

/** Says why we closed or reopened a tracking issue: someone ticked or unticked its box. */
export function renderStateNotice(meeting: number, state: "open" | "closed"): string {
  const what = state === "closed" ? "Closed as completed: the step was ticked off" : "Reopened: the step's box was unticked";
  return `${STEP_NOTICE_MARKER}\n${what} in the agreed next steps of #${meeting}.`;
}
