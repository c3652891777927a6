import { inlineCode, safeInline } from "../../src/core/text/safe-markdown.js";

const CODE_SPAN = /`([^`]+)`/g;
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * A validator message or suggestion as a table cell, keeping its `code spans` as code so the table
 * reads like the CLI output. Everything else is escaped like any untrusted text, since messages quote
 * headings, links and values from the pull request. A span holding a pipe or a backslash is escaped
 * as plain text instead: inside code, a pipe could only be kept in the cell by a backslash escape, and
 * whether a backslash before it then counts is up to the table parser.
 */
export function messageCell(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => formatLine(line.trim()))
    .filter((line) => line !== "")
    .join("<br>");
}

function formatLine(line: string): string {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(CODE_SPAN)) {
    const code = match[1]!;
    if (/[|\\]/.test(code)) continue;
    out += safeInline(line.slice(last, match.index)) + inlineCode(code);
    last = match.index + match[0].length;
  }
  return out + safeInline(line.slice(last));
}
