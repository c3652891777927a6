import { diagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { mapAnchorTargets, type PlannedPersona } from "./anchor-targets.js";
import { collectHeadings } from "./collect-headings.js";
import { indexDefinitions } from "./copy-definitions.js";
import { findLinks } from "./find-links.js";
import { isPersonaSection } from "./is-persona-section.js";
import { choosePersonaId } from "./persona-id.js";
import { renderPersona, type ImportedPersona } from "./render-persona.js";
import { checkAnchor } from "./rewrite-links.js";
import { normalizeSource, parseSource } from "./parse-source.js";
import { parentFolder } from "./rebase-path.js";
import { splitDocument } from "./split-document.js";

export type { ImportedPersona } from "./render-persona.js";

export interface ImportOptions {
  /** Directory the persona files will live in, as it should appear in their paths, e.g. `personas`. */
  personasDir: string;
}

/** An H2 section that did not look like a persona, with the 1-based line of its heading. */
export interface SkippedSection {
  heading: string;
  line: number;
}

export interface ImportResult {
  personas: ImportedPersona[];
  skipped: SkippedSection[];
  /** Problems found in the source document; they point at lines of `sourceFile`. */
  diagnostics: Diagnostic[];
}

/**
 * Splits one long persona document (one H2 per persona, H3 subsections) into one file per persona.
 * Pure and deterministic: the same text always gives the same files, in source order.
 *
 * @param source the Markdown text of the document
 * @param sourceFile the document's path, named in diagnostics; relative links are resolved from its
 *   folder, so give it relative to the same root as `personasDir`
 * @example
 * const { personas } = importDocument(text, "docs/personas.md", { personasDir: "personas" });
 * // personas[0] → { id: "backend-developer", file: "personas/backend-developer.md", … }
 */
export function importDocument(source: string, sourceFile: string, options: ImportOptions): ImportResult {
  const text = normalizeSource(source);
  const root = parseSource(text);
  const headings = collectHeadings(root);
  const sections = splitDocument(root, text, headings);
  const taken = new Set<string>();
  const planned: PlannedPersona[] = sections
    .filter((section) => isPersonaSection(section))
    .map((section) => ({ section, id: choosePersonaId(section.heading.slug, taken) }));
  const skipped = sections
    .filter((section) => !planned.some((p) => p.section === section))
    .map((section) => ({ heading: section.heading.text, line: section.heading.line }));
  const ctx = {
    source: text,
    sourceDir: parentFolder(sourceFile),
    personasDir: options.personasDir,
    targets: mapAnchorTargets(headings, planned),
    links: findLinks(root, text),
    definitions: indexDefinitions(root),
  };
  const checked = new Map<number, Diagnostic | undefined>();
  const personas = planned.map((plan) => {
    const rendered = renderPersona(plan, ctx);
    for (const link of rendered.links) {
      if (!checked.has(link.start)) checked.set(link.start, checkAnchor(link, ctx.targets, sourceFile));
    }
    return rendered.persona;
  });
  const diagnostics = [...checked.values()].filter((d): d is Diagnostic => d !== undefined);
  if (personas.length === 0) diagnostics.push(noPersonas(sourceFile, sections.length));
  return { personas, skipped, diagnostics: sortDiagnostics(diagnostics) };
}

function noPersonas(file: string, sectionCount: number): Diagnostic {
  const found =
    sectionCount === 0
      ? "no H2 sections"
      : `${sectionCount} H2 section${sectionCount === 1 ? "" : "s"}, none of which looks like a persona`;
  return diagnostic({
    file,
    line: 1,
    column: 1,
    severity: "error",
    rule: "no-personas",
    message: `found ${found}`,
    suggestion: "give each persona an H2 heading with H3 subsections such as \"Role Summary\", \"Responsibilities\" and \"Goals\"",
  });
}
