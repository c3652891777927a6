import type { CommentRole, Decision } from "./decision.js";
import type { BotComment } from "./issue-facts.js";

/** GitHub's limit on assignees per issue; more are silently dropped, so we never ask for more. */
export const MAX_ASSIGNEES = 10;

/** `items` without those in `exclude`, compared case-insensitively (logins and label names both are). */
export function withoutNames(items: readonly string[], ...exclude: (readonly string[])[]): string[] {
  const drop = new Set(exclude.flat().map((item) => item.toLowerCase()));
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (drop.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `items` that also appear in `other`, compared case-insensitively. */
export function sharedNames(items: readonly string[], other: readonly string[]): string[] {
  const keep = new Set(other.map((item) => item.toLowerCase()));
  return withoutNames(items.filter((item) => keep.has(item.toLowerCase())));
}

/** Label decisions that bring `current` to include `add` and exclude `remove`, or one skip. */
export function labelDecisions(
  issue: number,
  current: readonly string[],
  change: { add: readonly string[]; remove: readonly string[] },
  reason: string,
): Decision[] {
  const remove = sharedNames(change.remove, current);
  const add = withoutNames(change.add, current);
  const decisions: Decision[] = [];
  if (remove.length > 0) decisions.push({ kind: "remove-labels", issue, labels: remove, reason });
  if (add.length > 0) decisions.push({ kind: "add-labels", issue, labels: add, reason });
  return decisions.length > 0 ? decisions : [{ kind: "skip", reason: `labels already in place on #${issue}` }];
}

/** Creates our comment, updates it when its text changed, or skips when it is already right. */
export function commentDecision(
  issue: number,
  role: CommentRole,
  existing: BotComment | undefined,
  body: string,
  reason: string,
): Decision {
  if (existing === undefined) return { kind: "comment-create", issue, role, body, reason };
  if (sameText(existing.body, body)) {
    return { kind: "skip", reason: `comment ${existing.id} on #${issue} is up to date` };
  }
  return { kind: "comment-update", issue, role, commentId: existing.id, body, reason };
}

/** Compares comment bodies the way GitHub may hand them back: line endings and outer space aside. */
function sameText(a: string, b: string): boolean {
  const normalize = (text: string): string => text.replace(/\r\n?/g, "\n").trim();
  return normalize(a) === normalize(b);
}
