import { GENERATED_END, GENERATED_START } from "./publish-markers.js";
import { replaceGeneratedPart } from "./generated-part.js";
import type { DesiredComment, DesiredIssue } from "./publication.js";

/** An issue as GitHub has it, as far as reconciling needs. */
export interface ExistingIssue {
  number: number;
  body: string;
  labels: readonly string[];
  url: string;
}

export interface ExistingComment {
  id: number;
  body: string;
  url: string;
}

export type IssueChange =
  | { action: "create"; reason: string }
  | { action: "update"; existing: ExistingIssue; body?: string; addLabels: string[]; reason: string }
  | { action: "unchanged"; existing: ExistingIssue; reason: string }
  | { action: "skipped"; existing: ExistingIssue; reason: string };

export type CommentChange =
  | { action: "create"; reason: string }
  | { action: "update"; existing: ExistingComment; reason: string }
  | { action: "unchanged"; existing: ExistingComment; reason: string };

/**
 * What it takes to bring an issue to `desired`: create it, rewrite its generated part and add missing
 * labels, or nothing. Titles, assignees, other labels and every byte outside the generated part are
 * left as people have them.
 */
export function reconcileIssue(desired: DesiredIssue, existing: ExistingIssue | undefined): IssueChange {
  if (existing === undefined) return { action: "create", reason: `no issue carries its marker yet` };
  const have = new Set(existing.labels.map((label) => label.toLowerCase()));
  const addLabels = desired.labels.filter((label) => !have.has(label.toLowerCase()));
  const replaced = replaceGeneratedPart(existing.body, desired.generated);
  const reasons: string[] = [];
  if (replaced.status === "replaced") reasons.push("the generated part of the description changed");
  if (replaced.status === "missing-markers") {
    reasons.push(`the description is left alone because someone removed the ${GENERATED_START} or ${GENERATED_END} marker; put both back to have it updated`);
  }
  if (addLabels.length > 0) reasons.push(`missing ${addLabels.length === 1 ? "label" : "labels"} ${addLabels.map((label) => `"${label}"`).join(", ")}`);
  const body = replaced.status === "replaced" ? replaced.body : undefined;
  if (body === undefined && addLabels.length === 0) {
    return replaced.status === "missing-markers" ? { action: "skipped", existing, reason: reasons.join("; ") } : { action: "unchanged", existing, reason: "up to date" };
  }
  return { action: "update", existing, ...(body === undefined ? {} : { body }), addLabels, reason: reasons.join("; ") };
}

/** A comment we own entirely: created, rewritten when its text changed, or left alone. */
export function reconcileComment(desired: DesiredComment, existing: ExistingComment | undefined): CommentChange {
  if (existing === undefined) return { action: "create", reason: "no comment carries its marker yet" };
  if (normalise(existing.body) === normalise(desired.body)) return { action: "unchanged", existing, reason: "up to date" };
  return { action: "update", existing, reason: "the text changed" };
}

/**
 * For each marker, the oldest of `items` whose body holds it (items come oldest first from GitHub).
 * One listing answers every marker, instead of one search per issue.
 */
export function indexByMarker<T extends { body: string }>(items: readonly T[], markers: readonly string[]): Map<string, T> {
  const found = new Map<string, T>();
  for (const marker of markers) {
    const item = items.find((candidate) => candidate.body.includes(marker));
    if (item !== undefined) found.set(marker, item);
  }
  return found;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}
