import type { SourceHeading } from "./collect-headings.js";
import type { TextEdit } from "./text-edits.js";

/**
 * Lifts the headings of a persona section one level (H3 → H2, H4 → H3 …), because the persona's own H2
 * becomes the file and its subsections become the file's sections. Only the `#` run is rewritten, so a
 * closing sequence, trailing text and spacing stay as written. Headings nested in lists or block quotes
 * are content, not structure, and are left alone.
 */
export function promoteHeadings(headings: readonly SourceHeading[], source: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const heading of headings) {
    if (!heading.topLevel || heading.depth < 3 || source[heading.start] !== "#") continue;
    let end = heading.start;
    while (source[end] === "#") end++;
    edits.push({ start: heading.start, end, text: "#".repeat(heading.depth - 1) });
  }
  return edits;
}
