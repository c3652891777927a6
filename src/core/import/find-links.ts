import type { Nodes, Root } from "mdast";
import { locateDestination, type DestinationRange } from "./locate-destination.js";

/** A link, image or reference definition of the source document. */
export interface SourceLink {
  /** The destination as mdast decodes it (escapes and entities resolved). */
  url: string;
  /** For in-page anchors such as `#sre-engineer`: the anchor without `#`, percent-decoded. */
  fragment: string | undefined;
  /** Where the destination is written; undefined when it could not be found, so it is left untouched. */
  destination: DestinationRange | undefined;
  /** Start of the link, image or definition. */
  start: number;
  line: number;
  column: number;
}

/** Every link, image and definition in the document, in source order. */
export function findLinks(root: Root, source: string): SourceLink[] {
  const links: SourceLink[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const start = node.position?.start;
      const anchor = node.url.startsWith("#") && node.url.length > 1 && node.type !== "image";
      const destination = locateDestination(node, source);
      const raw = destination ? source.slice(destination.start, destination.end) : "";
      links.push({
        url: node.url,
        fragment: anchor ? decodeFragment(node.url.slice(1)) : undefined,
        // A destination whose written form differs from the URL in kind (an entity for `#`, say) is left alone.
        destination: !anchor || raw.startsWith("#") || raw.startsWith("\\#") ? destination : undefined,
        start: start?.offset ?? 0,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
      });
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return links;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
