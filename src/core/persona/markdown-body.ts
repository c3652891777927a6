import GithubSlugger from "github-slugger";
import { tokenText } from "./inline-text.js";
import { linkStartOf, parseMarkdown, type Token } from "./parse-markdown.js";
import type { PersonaLink, PersonaSection } from "./persona.js";
import { columnInLine, splitOffset, tableCellColumns } from "./source-columns.js";

/**
 * What the validator and the persona model need from a Markdown body: every heading with GitHub's
 * anchor for it, the text under it, every link and image with its position, and the tables.
 */
export interface TableCell {
  text: string;
  line: number;
  column: number;
}

export interface MarkdownTable {
  line: number;
  header: TableCell[];
  rows: TableCell[][];
}

export interface MarkdownBody {
  /** File line on which the body starts (the line after the front matter). */
  firstLine: number;
  sections: PersonaSection[];
  links: PersonaLink[];
  tables: MarkdownTable[];
}

interface OpenSection {
  section: PersonaSection;
  parts: string[];
}

interface Walk {
  firstLine: number;
  text: string;
  /** Where the last looked-up line starts, so sequential lookups scan the text once. */
  cursor: { index: number; offset: number };
  body: MarkdownBody;
  open: OpenSection[];
  slugger: GithubSlugger;
  table?: MarkdownTable;
  row?: { cells: TableCell[]; line: number; columns: number[]; index: number; header: boolean };
}

/**
 * Reads a Markdown body.
 *
 * @param text the body, without front matter
 * @param firstLine the file line on which `text` starts, so positions are file positions
 */
export function readMarkdownBody(text: string, firstLine: number): MarkdownBody {
  const walk: Walk = {
    firstLine,
    text,
    cursor: { index: 0, offset: 0 },
    body: { firstLine, sections: [], links: [], tables: [] },
    open: [],
    // One slugger per document: a repeated heading gets `-1`, `-2` as on GitHub.
    slugger: new GithubSlugger(),
  };
  const tokens = parseMarkdown(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "heading_open") {
      const inline = tokens[i + 1];
      if (inline?.type === "inline") {
        readHeading(walk, token, inline);
        i++;
      }
    } else {
      readBlock(walk, token);
    }
  }
  for (const { section, parts } of walk.open) section.text = parts.join("\n").trim();
  return walk.body;
}

function readHeading(walk: Walk, open: Token, inline: Token): void {
  const depth = Number(open.tag.slice(1));
  const heading = tokenText(inline).trim();
  while (walk.open.length > 0 && walk.open[walk.open.length - 1]!.section.depth >= depth) closeSection(walk);
  addText(walk, heading);
  const section: PersonaSection = { heading, slug: walk.slugger.slug(heading), depth, line: walk.firstLine + (open.map?.[0] ?? 0), text: "" };
  walk.body.sections.push(section);
  walk.open.push({ section, parts: [] });
  collectLinks(walk, inline);
}

function closeSection(walk: Walk): void {
  const closed = walk.open.pop();
  if (closed) closed.section.text = closed.parts.join("\n").trim();
}

function addText(walk: Walk, text: string): void {
  if (text.trim() === "") return;
  for (const open of walk.open) open.parts.push(text);
}

function readBlock(walk: Walk, token: Token): void {
  switch (token.type) {
    case "inline":
      if (walk.row) readCell(walk, token);
      else {
        addText(walk, tokenText(token));
        collectLinks(walk, token);
      }
      return;
    case "fence":
    case "code_block":
      addText(walk, token.content);
      return;
    case "html_block":
      // A section holding only an HTML comment (a template's placeholder) still counts as empty.
      addText(walk, token.content.replace(/<!--[\s\S]*?(?:-->|$)/g, ""));
      return;
    default:
      readTableToken(walk, token);
  }
}

function readTableToken(walk: Walk, token: Token): void {
  if (token.type === "table_open") {
    walk.table = { line: walk.firstLine + (token.map?.[0] ?? 0), header: [], rows: [] };
    walk.body.tables.push(walk.table);
  } else if (token.type === "table_close") {
    delete walk.table;
  } else if (token.type === "tr_open" && walk.table) {
    const lineIndex = token.map?.[0] ?? 0;
    const header = walk.table.header.length === 0 && walk.table.rows.length === 0;
    walk.row = { cells: [], line: walk.firstLine + lineIndex, columns: tableCellColumns(lineAt(walk, lineIndex)), index: 0, header };
  } else if (token.type === "tr_close" && walk.table && walk.row) {
    if (walk.row.header) walk.table.header = walk.row.cells;
    else walk.table.rows.push(walk.row.cells);
    delete walk.row;
  }
}

function readCell(walk: Walk, inline: Token): void {
  const row = walk.row!;
  const column = row.columns[row.index] ?? 1;
  row.index++;
  const text = tokenText(inline).trim();
  row.cells.push({ text, line: row.line, column });
  addText(walk, text);
  for (const child of inline.children ?? []) {
    const start = linkStartOf(child);
    const url = linkUrl(child);
    if (start !== undefined && url !== undefined) walk.body.links.push({ url, line: row.line, column: column + start });
  }
}

function collectLinks(walk: Walk, inline: Token): void {
  const firstLineIndex = inline.map?.[0] ?? 0;
  for (const child of inline.children ?? []) {
    const start = linkStartOf(child);
    const url = linkUrl(child);
    if (start === undefined || url === undefined) continue;
    const { lineIndex, offsetInLine, lineText } = splitOffset(inline.content, start);
    const sourceLine = lineAt(walk, firstLineIndex + lineIndex);
    walk.body.links.push({ url, line: walk.firstLine + firstLineIndex + lineIndex, column: columnInLine(sourceLine, lineText, offsetInLine) });
  }
}

/** Source line `index` (0-based), without its line ending. Lookups mostly move forward. */
function lineAt(walk: Walk, index: number): string {
  const { text, cursor } = walk;
  if (index < cursor.index) {
    cursor.index = 0;
    cursor.offset = 0;
  }
  while (cursor.index < index) {
    const next = text.indexOf("\n", cursor.offset);
    if (next === -1) return "";
    cursor.offset = next + 1;
    cursor.index++;
  }
  const end = text.indexOf("\n", cursor.offset);
  return text.slice(cursor.offset, end === -1 ? undefined : end).replace(/\r$/, "");
}

function linkUrl(token: Token): string | undefined {
  if (token.type === "link_open") return token.attrGet("href") ?? undefined;
  if (token.type === "image") return token.attrGet("src") ?? undefined;
  return undefined;
}
