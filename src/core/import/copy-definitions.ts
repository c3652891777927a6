import type { Definition, FootnoteDefinition, Nodes, Root, RootContent } from "mdast";

export type AnyDefinition = Definition | FootnoteDefinition;

/** The definitions a document resolves references against: the first one for each label wins. */
export interface DefinitionIndex {
  links: Map<string, Definition>;
  footnotes: Map<string, FootnoteDefinition>;
}

/** Indexes every link and footnote definition of the document by its normalised label. */
export function indexDefinitions(root: Root): DefinitionIndex {
  const index: DefinitionIndex = { links: new Map(), footnotes: new Map() };
  walk(root, (node) => {
    if (node.type === "definition" && !index.links.has(node.identifier)) index.links.set(node.identifier, node);
    if (node.type === "footnoteDefinition" && !index.footnotes.has(node.identifier)) index.footnotes.set(node.identifier, node);
  });
  return index;
}

/**
 * Definitions that a section's references (`[SRE][sre]`, `[^1]`) rely on but that are written outside the
 * section, often collected at the end of the long document. Without a copy in the new file those
 * references would render as literal brackets. Returned in source order.
 */
export function missingDefinitions(children: readonly RootContent[], index: DefinitionIndex): AnyDefinition[] {
  const defined = { links: new Set<string>(), footnotes: new Set<string>() };
  const used = { links: new Set<string>(), footnotes: new Set<string>() };
  for (const child of children) {
    walk(child, (node) => {
      if (node.type === "definition") defined.links.add(node.identifier);
      if (node.type === "footnoteDefinition") defined.footnotes.add(node.identifier);
      if (node.type === "linkReference" || node.type === "imageReference") used.links.add(node.identifier);
      if (node.type === "footnoteReference") used.footnotes.add(node.identifier);
    });
  }
  const missing: AnyDefinition[] = [];
  for (const id of used.links) if (!defined.links.has(id)) pushDefined(missing, index.links.get(id));
  for (const id of used.footnotes) if (!defined.footnotes.has(id)) pushDefined(missing, index.footnotes.get(id));
  return missing.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
}

function pushDefined(list: AnyDefinition[], definition: AnyDefinition | undefined): void {
  if (definition) list.push(definition);
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}
