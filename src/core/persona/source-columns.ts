/**
 * markdown-it reports the lines of each block but not columns, and an inline token's content has the
 * container prefixes (`> `, `- `, indentation) stripped. These helpers find where content sits in its
 * source line so diagnostics can point at the exact column.
 */

/**
 * 1-based column of `offset` within the content line `contentLine`, which was taken from `sourceLine`
 * after its prefix. Paragraph lines are suffixes of their source line (up to trailing spaces); heading
 * text may be followed by a closing `##`, so fall back to a search.
 */
export function columnInLine(sourceLine: string, contentLine: string, offset: number): number {
  const withoutLead = contentLine.trimStart();
  const lead = contentLine.length - withoutLead.length;
  const core = withoutLead.trimEnd();
  let at = 0;
  if (core !== "") {
    const end = sourceLine.trimEnd();
    at = end.endsWith(core) ? end.length - core.length : Math.max(0, sourceLine.indexOf(core));
  }
  return at + Math.max(0, offset - lead) + 1;
}

/**
 * 1-based columns where each table cell's text starts in a row line, splitting on unescaped pipes
 * the way GFM tables do. Blockquote markers before the row are skipped.
 */
export function tableCellColumns(line: string): number[] {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === ">")) i++;
  if (line[i] === "|") i++;
  const columns: number[] = [];
  let cellStart = i;
  for (let j = i; j <= line.length; j++) {
    if (j === line.length || (line[j] === "|" && line[j - 1] !== "\\")) {
      let k = cellStart;
      while (k < j && (line[k] === " " || line[k] === "\t")) k++;
      columns.push(k + 1);
      cellStart = j + 1;
    }
  }
  return columns;
}

/** Line index and offset within that line of `offset` in a multi-line string. */
export function splitOffset(text: string, offset: number): { lineIndex: number; offsetInLine: number; lineText: string } {
  let lineIndex = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    lineIndex++;
    lineStart = i + 1;
  }
  const lineEnd = text.indexOf("\n", lineStart);
  return { lineIndex, offsetInLine: offset - lineStart, lineText: text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd) };
}
