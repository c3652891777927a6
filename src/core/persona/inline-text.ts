import type { Token } from "./parse-markdown.js";

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
