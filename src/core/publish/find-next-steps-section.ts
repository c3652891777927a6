import { NEXT_STEPS_HEADING } from "./next-step-format.js";
import { GENERATED_START } from "./publish-markers.js";

export interface TextRange {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface NextStepsSection {
  /** The heading line, line break excluded. */
  heading: TextRange;
  /** Everything after the heading line up to the next H1/H2 heading, the generated part, or the end. */
  content: TextRange;
}

const HEADING = new RegExp(`^ {0,3}##[ \\t]+${NEXT_STEPS_HEADING}[ \\t]*#*[ \\t]*\\r?$`, "im");
const NEXT_SECTION = /^ {0,3}#{1,2}[ \t]/m;

/**
 * Where the "Agreed next steps" section of a meeting issue is, for the follow-ups to read and rewrite
 * its lines. People edit the issue in the browser, so lines may end in CRLF and the heading's case may
 * change; the first H2 with the heading text wins. Undefined when the section was removed.
 */
export function findNextStepsSection(body: string): NextStepsSection | undefined {
  const heading = HEADING.exec(body);
  if (heading === null) return undefined;
  const headingEnd = heading.index + heading[0].replace(/\r$/, "").length;
  const lineBreak = body.startsWith("\r\n", headingEnd) ? 2 : body.startsWith("\n", headingEnd) ? 1 : 0;
  const contentStart = headingEnd + lineBreak;
  const rest = body.slice(contentStart);
  const stops = [NEXT_SECTION.exec(rest)?.index, indexOrUndefined(rest.indexOf(GENERATED_START))].filter((value) => value !== undefined);
  const contentEnd = contentStart + Math.min(rest.length, ...stops);
  return { heading: { start: heading.index, end: headingEnd }, content: { start: contentStart, end: contentEnd } };
}

function indexOrUndefined(index: number): number | undefined {
  return index < 0 ? undefined : index;
}
