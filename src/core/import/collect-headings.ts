import GithubSlugger from "github-slugger";
import type { Heading, Nodes, Root } from "mdast";
import { plainText } from "./heading-text.js";

/** A heading of the source document with the anchor GitHub gives it there. */
export interface SourceHeading {
  node: Heading;
  text: string;
  depth: number;
  /** github-slugger slug, numbered across the whole document (`goals`, `goals-1`, …). */
  slug: string;
  /** True for headings directly under the root, the only ones that delimit sections. */
  topLevel: boolean;
  start: number;
  line: number;
}

/**
 * Every heading in document order, including those nested in lists or block quotes, because GitHub
 * gives those anchors too and they take part in the duplicate numbering.
 */
export function collectHeadings(root: Root): SourceHeading[] {
  const slugger = new GithubSlugger();
  const headings: SourceHeading[] = [];
  const visit = (node: Nodes, topLevel: boolean): void => {
    if (node.type === "heading") {
      const text = plainText(node).trim();
      const start = node.position?.start;
      const slug = slugger.slug(text);
      headings.push({ node, text, depth: node.depth, slug, topLevel, start: start?.offset ?? 0, line: start?.line ?? 1 });
    }
    if ("children" in node) for (const child of node.children) visit(child, node.type === "root");
  };
  visit(root, false);
  return headings;
}
