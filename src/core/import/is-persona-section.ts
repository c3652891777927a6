import { editDistance } from "../diagnostics/suggest.js";
import type { SourceSection } from "./split-document.js";

/**
 * How the importer tells a persona from the other H2 sections of a long document ("How to use this
 * document", "Glossary", "Table of contents"): a persona section describes a role with the subsections
 * the persona format asks for, so it has at least one H3 whose heading reads like one of them. Section
 * titles are useless for this (a persona may be called anything), while the subsection vocabulary is
 * small and shared. Matching is forgiving of case, punctuation, numbering ("1. Goals"), a typo or two
 * ("Responsibilites"), and a longer variant that starts with a known name ("Goals and motivations").
 */
const PERSONA_SUBSECTIONS = [
  "role summary",
  "responsibilities",
  "goals",
  "workflow",
  "typical communication",
  "interactions with other roles",
  "summary",
  "role",
  "key responsibilities",
  "main responsibilities",
  "communication",
  "interactions",
  "tools and workflow",
];

/** Whether an H2 section describes a persona: see the heuristic above. */
export function isPersonaSection(section: SourceSection): boolean {
  return section.headings.some((h) => h.topLevel && h.depth === 3 && isPersonaSubsection(h.text));
}

/** Whether a heading reads like one of the subsections a persona doc has. */
export function isPersonaSubsection(heading: string): boolean {
  return matchesAny(normalizeHeading(heading), PERSONA_SUBSECTIONS);
}

/** The subsection the front-matter `summary` is taken from. */
export function isRoleSummaryHeading(heading: string): boolean {
  return matchesAny(normalizeHeading(heading), ["role summary", "summary"]);
}

function matchesAny(normalized: string, names: readonly string[]): boolean {
  return names.some(
    (name) =>
      normalized === name ||
      `${normalized}s` === name ||
      normalized.startsWith(`${name} `) ||
      editDistance(normalized, name) <= typoBudget(name),
  );
}

/** Short names get no typo budget: "roles" is one edit from "goals" but means something else. */
function typoBudget(name: string): number {
  if (name.length >= 8) return 2;
  return name.length >= 6 ? 1 : 0;
}

/** Lower-case words only: accents, punctuation, emoji and leading numbering removed. */
export function normalizeHeading(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\d+ /, "");
}
