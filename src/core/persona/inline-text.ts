import { isPlainInline, type Token } from "./parse-markdown.js";

/**
 * The plain text of inline content as a reader sees it: text, code spans and image alt text, with
 * line breaks kept and markup and raw HTML left out. Heading anchors are computed from this text, as
 * GitHub computes them from the rendered heading.
 */
export function inlineText(children: readonly Token[] | null): string {
  let out = "";
  for (const child of children ?? []) {
    if (child.type === "text" || child.type === "code_inline") out += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") out += "\n";
    else if (child.type === "image") out += inlineText(child.children);
  }
  return out;
}

/** The plain text of an inline token (a paragraph, heading or table cell), parsed or not. */
export function tokenText(inline: Token): string {
  return isPlainInline(inline) ? plainInlineText(inline.content) : inlineText(inline.children);
}

/**
 * What markdown-it's inline parser makes of content without inline syntax: each line break becomes a
 * break, spaces before it are dropped, and spaces and tabs after it are skipped.
 */
export function plainInlineText(content: string): string {
  if (!content.includes("\n")) return content;
  const lines = content.split("\n");
  return lines
    .map((line, i) => {
      const beforeBreak = i < lines.length - 1 ? line.replace(/ +$/, "") : line;
      return i > 0 ? beforeBreak.replace(/^[ \t]+/, "") : beforeBreak;
    })
    .join("\n");
}
