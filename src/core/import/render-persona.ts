import type { AnchorTarget, PlannedPersona } from "./anchor-targets.js";
import { missingDefinitions, type AnyDefinition, type DefinitionIndex } from "./copy-definitions.js";
import { extractSummary } from "./extract-summary.js";
import type { SourceLink } from "./find-links.js";
import { renderImportedFrontMatter } from "./imported-front-matter.js";
import { promoteHeadings } from "./promote-headings.js";
import { rebaseLinks, rewriteLinks } from "./rewrite-links.js";
import { applyEdits, type TextEdit } from "./text-edits.js";

/** One persona file produced by the importer. */
export interface ImportedPersona {
  id: string;
  name: string;
  /** Path of the new file: `<personasDir>/<id>.md`. */
  file: string;
  /** The whole file: front matter, body, and a single trailing newline. */
  content: string;
}

/** What every persona of one document is rendered against. */
export interface ImportContext {
  source: string;
  /** Folder of the source document, which its relative links are relative to. */
  sourceDir: string;
  personasDir: string;
  targets: ReadonlyMap<string, AnchorTarget>;
  links: readonly SourceLink[];
  definitions: DefinitionIndex;
}

/**
 * Renders one persona section as a file. The body is the original text of the section, minus its own
 * heading (the name moves to the front matter), with heading markers lifted one level and link
 * destinations rewritten in place: anchors to the new files, relative paths to the new folder.
 * Reference definitions the section uses from elsewhere are appended.
 *
 * @returns the file, and the links it carries, whose anchors the caller checks once per source link
 */
export function renderPersona(plan: PlannedPersona, ctx: ImportContext): { persona: ImportedPersona; links: SourceLink[] } {
  const { section, id } = plan;
  const bodyLinks = linksWithin(ctx.links, section.bodyStart, section.bodyEnd);
  const body = applyEdits(ctx.source, section.bodyStart, section.bodyEnd, [
    ...promoteHeadings(section.headings, ctx.source),
    ...linkEdits(bodyLinks, id, ctx),
  ]).trimEnd();
  const copied = missingDefinitions(section.children, ctx.definitions);
  const copiedLinks = copied.flatMap((d) => linksWithin(ctx.links, startOf(d), endOf(d)));
  const copy = (d: AnyDefinition) => applyEdits(ctx.source, startOf(d), endOf(d), linkEdits(copiedLinks, id, ctx)).trimEnd();
  const parts = [
    body,
    copied.filter((d) => d.type === "definition").map(copy).join("\n"),
    copied.filter((d) => d.type === "footnoteDefinition").map(copy).join("\n\n"),
  ];
  const name = section.heading.text || id;
  const frontMatter = renderImportedFrontMatter({ name, id, summary: extractSummary(section.children) });
  const content = `${frontMatter}\n${parts.filter((p) => p !== "").join("\n\n")}\n`;
  return { persona: { id, name, file: personaFile(ctx.personasDir, id), content }, links: [...bodyLinks, ...copiedLinks] };
}

function linkEdits(links: readonly SourceLink[], id: string, ctx: ImportContext): TextEdit[] {
  return [...rewriteLinks(links, ctx.targets, id), ...rebaseLinks(links, ctx.source, ctx.sourceDir, ctx.personasDir)];
}

function linksWithin(links: readonly SourceLink[], from: number, to: number): SourceLink[] {
  return links.filter((l) => l.start >= from && l.start < to);
}

function startOf(node: AnyDefinition): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: AnyDefinition): number {
  return node.position?.end.offset ?? 0;
}

/** Joins with a forward slash whatever the platform, since paths in results are repository paths. */
export function personaFile(personasDir: string, id: string): string {
  const dir = personasDir.replace(/\\/g, "/").replace(/\/+$/, "");
  return dir === "" || dir === "." ? `${id}.md` : `${dir}/${id}.md`;
}
