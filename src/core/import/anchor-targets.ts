import GithubSlugger from "github-slugger";
import type { SourceHeading } from "./collect-headings.js";
import type { SourceSection } from "./split-document.js";

/** Where a heading of the source document ends up after the split. */
export type AnchorTarget =
  /** In persona `personaId`'s file; `slug` is the anchor there, absent for the persona's own heading. */
  | { kind: "persona"; personaId: string; slug?: string }
  /** In the title, the introduction or a skipped section, none of which is written out. */
  | { kind: "not-imported"; heading: string };

export interface PlannedPersona {
  id: string;
  section: SourceSection;
}

/**
 * Maps every anchor of the source document to its new home. Anchors in each new file are recomputed with
 * a fresh slugger over that file's headings in order, because duplicate numbering restarts per file:
 * the second persona's `#goals-1` in the long document is plain `#goals` in its own file.
 */
export function mapAnchorTargets(headings: readonly SourceHeading[], personas: readonly PlannedPersona[]): Map<string, AnchorTarget> {
  const targets = new Map<string, AnchorTarget>();
  for (const { id, section } of personas) {
    targets.set(section.heading.slug, { kind: "persona", personaId: id });
    const slugger = new GithubSlugger();
    for (const heading of section.headings) {
      targets.set(heading.slug, { kind: "persona", personaId: id, slug: slugger.slug(heading.text) });
    }
  }
  for (const heading of headings) {
    if (!targets.has(heading.slug)) targets.set(heading.slug, { kind: "not-imported", heading: heading.text });
  }
  return targets;
}
