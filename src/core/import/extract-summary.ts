import type { RootContent } from "mdast";
import { plainText } from "./heading-text.js";
import { isRoleSummaryHeading } from "./is-persona-section.js";

/** Front-matter summaries are one line; a longer first sentence is better left for the author to shorten. */
export const MAX_SUMMARY_LENGTH = 160;

/**
 * The first sentence of the first paragraph under the section's Role Summary subsection, when it is
 * shorter than {@link MAX_SUMMARY_LENGTH} characters; otherwise undefined.
 */
export function extractSummary(children: readonly RootContent[]): string | undefined {
  const start = children.findIndex((c) => c.type === "heading" && c.depth === 3 && isRoleSummaryHeading(plainText(c)));
  if (start < 0) return undefined;
  for (const child of children.slice(start + 1)) {
    if (child.type === "heading") return undefined;
    if (child.type !== "paragraph") continue;
    const sentence = firstSentence(plainText(child).replace(/\s+/g, " ").trim());
    return sentence.length > 0 && sentence.length < MAX_SUMMARY_LENGTH ? sentence : undefined;
  }
  return undefined;
}

/**
 * Up to the first `.`, `!` or `?` that is followed by a capitalised word or the end, so that
 * abbreviations such as "e.g. builds" do not cut the sentence short.
 */
export function firstSentence(text: string): string {
  const match = /^(.*?[.!?])(?=\s+[\p{Lu}\p{N}"'“(]|$)/u.exec(text);
  return match ? match[1]! : text;
}
