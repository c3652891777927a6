import type { Definition, Image, Link } from "mdast";

/** Offsets of a link destination in the source, inside the angle brackets when it is written `<…>`. */
export interface DestinationRange {
  start: number;
  end: number;
}

/**
 * Finds where the destination of an inline link or image (`[text](#anchor "title")`) or of a reference
 * definition (`[label]: #anchor`) is written. mdast gives the decoded URL but not its position, and the
 * importer must replace exactly those characters so the rest of the line stays as the author wrote it.
 * Returns undefined when the text does not have the expected shape (a reference-style link, say); the
 * caller then leaves it alone.
 */
export function locateDestination(node: Link | Image | Definition, source: string): DestinationRange | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  if (node.type === "definition") {
    const labelEnd = findLabelEnd(source, start + 1);
    return source[labelEnd + 1] === ":" ? scanDestination(source, labelEnd + 2) : undefined;
  }
  const textEnd = node.type === "link" ? node.children.at(-1)?.position?.end.offset : undefined;
  const closing = textEnd ?? findLabelEnd(source, start + (node.type === "image" ? 2 : 1));
  return source.startsWith("](", closing) ? scanDestination(source, closing + 2) : undefined;
}

/** The offset of the `]` that closes a label or link text, skipping escapes and balanced brackets. */
function findLabelEnd(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") depth++;
    else if (c === "]" && depth-- === 0) return i;
  }
  return source.length;
}

/** CommonMark link destination: optional whitespace (at most one line break), then `<…>` or a bare run. */
function scanDestination(source: string, from: number): DestinationRange | undefined {
  const start = skipWhitespace(source, from);
  if (source[start] === "<") {
    let i = start + 1;
    while (i < source.length && source[i] !== ">" && source[i] !== "\n") i += source[i] === "\\" ? 2 : 1;
    return source[i] === ">" ? { start: start + 1, end: i } : undefined;
  }
  let i = start;
  let depth = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c <= " " || (c === ")" && depth === 0)) break;
    if (c === "(") depth++;
    if (c === ")") depth--;
    i++;
  }
  return i > start ? { start, end: i } : undefined;
}

function skipWhitespace(source: string, from: number): number {
  let i = from;
  while (source[i] === " " || source[i] === "\t") i++;
  if (source[i] === "\n") i++;
  while (source[i] === " " || source[i] === "\t") i++;
  return i;
}
