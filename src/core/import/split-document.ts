import type { Heading, Root, RootContent } from "mdast";
import type { SourceHeading } from "./collect-headings.js";

/** One H2 section of the source document: a persona, or a section such as "Glossary" to skip. */
export interface SourceSection {
  heading: SourceHeading;
  /** Top-level nodes under the heading, up to the next H1 or H2, without trailing `---` separators. */
  children: RootContent[];
  /** Offset where the body starts: the beginning of the line of the first node after the heading. */
  bodyStart: number;
  /** Offset just after the last node of the body. Equal to `bodyStart` when the section is empty. */
  bodyEnd: number;
  /** Headings inside the body, at any depth or nesting, in document order. */
  headings: SourceHeading[];
}

/**
 * Cuts the document at its top-level H2 headings. Whatever comes before the first H2 (a title, an
 * introduction, a table of contents) belongs to no section, and a later H1 closes the current section.
 */
export function splitDocument(root: Root, source: string, headings: readonly SourceHeading[]): SourceSection[] {
  const byNode = new Map<Heading, SourceHeading>(headings.map((h) => [h.node, h]));
  const groups: { heading: SourceHeading; children: RootContent[] }[] = [];
  let current: { heading: SourceHeading; children: RootContent[] } | undefined;
  for (const child of root.children) {
    if (child.type === "heading" && child.depth <= 2) {
      const heading = byNode.get(child);
      current = child.depth === 2 && heading ? { heading, children: [] } : undefined;
      if (current) groups.push(current);
    } else if (current) {
      current.children.push(child);
    }
  }
  return groups.map(({ heading, children }) => toSection(heading, trimSeparators(children), source, headings));
}

function toSection(heading: SourceHeading, children: RootContent[], source: string, all: readonly SourceHeading[]): SourceSection {
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  const headingEnd = heading.node.position?.end.offset ?? heading.start;
  const bodyStart = first === undefined ? headingEnd : lineStart(source, first);
  const bodyEnd = last ?? headingEnd;
  return { heading, children, bodyStart, bodyEnd, headings: all.filter((h) => h.start >= bodyStart && h.start < bodyEnd) };
}

/** Long documents often separate sections with thematic breaks; they mean nothing once split. */
function trimSeparators(children: RootContent[]): RootContent[] {
  let end = children.length;
  while (end > 0 && children[end - 1]?.type === "thematicBreak") end--;
  return children.slice(0, end);
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf("\n", offset - 1) + 1;
}
