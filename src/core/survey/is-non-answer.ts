/**
 * Comments that say nothing ("n/a", "none", "-", "nothing to add") are treated as no comment at all,
 * so they do not pad the uncategorised share or the count of commenters. The list is short on purpose:
 * anything with content, however brief, counts.
 */
const NON_ANSWERS = new Set([
  "",
  "n a",
  "na",
  "none",
  "no",
  "nope",
  "nothing",
  "nil",
  "no comment",
  "no comments",
  "nothing else",
  "nothing to add",
  "not applicable",
]);

/** True for an answer that carries no content; see the module comment for the list. */
export function isNonAnswer(text: string): boolean {
  if (text.length > 20) return false;
  return NON_ANSWERS.has(
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );
}
