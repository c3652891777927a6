import type { Plan } from "../../core/plan/operation.js";
import { renderPlanMarkdown } from "../../core/sync/render-plan-markdown.js";

/** Hidden in the plan comment on a pull request, so later runs find it and edit it in place. */
export const PLAN_COMMENT_MARKER = "<!-- persona-governance:sync-plan -->";

/** GitHub rejects comments over 65,536 characters; leave room for the marker and the intro. */
const MAX_COMMENT_LENGTH = 65_000;

/**
 * The pull request comment that shows what merging would change: the marker, one line saying what the
 * plan is compared against, then the plan, cut short with a note when it would not fit.
 */
export function renderPlanComment(plan: Plan, defaultBranch: string): string {
  const intro = `${PLAN_COMMENT_MARKER}\nWhen this pull request is merged, the sync on \`${defaultBranch.replace(/`/g, "")}\` will make these changes. This comment is updated on every push.\n\n`;
  return intro + renderPlanMarkdown(plan, { maxLength: MAX_COMMENT_LENGTH - intro.length });
}
