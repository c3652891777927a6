import type { Nodes } from "mdast";

/**
 * The plain text of a heading as GitHub reads it to build the anchor: text and code spans, with
 * emphasis, links and the like unwrapped. Images and raw HTML add nothing, as in the rendered text.
 */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return " ";
  if ("children" in node) return node.children.map((child) => plainText(child)).join("");
  return "";
}
