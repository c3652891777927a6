import type { FileOperation, Plan } from "../../core/plan/operation.js";
import { renderPlanMarkdown } from "../../core/sync/render-plan-markdown.js";

/** Hidden in the pull request body, so people and tools can tell the sync's pull request apart. */
export const SYNC_PULL_REQUEST_MARKER = "<!-- persona-governance:sync-pull-request -->";

/** GitHub caps a pull request body at 65,536 characters; the plan gets what the intro leaves. */
const MAX_BODY_LENGTH = 60_000;

export interface SyncPullRequestText {
  title: string;
  body: string;
  commitMessage: string;
}

const INTRO = [
  "persona-governance generates these files from the persona docs: the champions' CODEOWNERS rules, the issue forms and the persona directory.",
  "Merge this pull request to apply the changes below. Each sync updates it in place, so there is only ever one; to change these files, edit the persona docs.",
].join(" ");

/**
 * The text of the sync's commit and pull request. Only the file operations go in: labels change
 * through the API, not the pull request. The text depends on nothing but the plan, so a second sync
 * with the same plan finds the pull request already saying this and leaves it untouched.
 */
export function renderSyncPullRequest(plan: Plan): SyncPullRequestText {
  const files = plan.operations.filter((operation): operation is FileOperation => operation.kind === "file");
  const head = `${SYNC_PULL_REQUEST_MARKER}\n${INTRO}\n\n`;
  const body = head + renderPlanMarkdown({ operations: files, warnings: plan.warnings }, { maxLength: MAX_BODY_LENGTH - head.length });
  const lines = files.map((file) => `- ${file.action} ${file.target}`);
  return {
    title: "Sync files generated from the persona docs",
    body,
    commitMessage: `Sync files generated from the persona docs\n\n${lines.join("\n")}\n`,
  };
}
