import type { Handle } from "../config/handles.js";
import type { PersonaStatus } from "./front-matter-schema.js";

/**
 * A persona as the rest of the product sees it: parsed from one Markdown file, with every position
 * kept so later rules can point at the exact line.
 */
export interface Persona {
  id: string;
  name: string;
  /** Repository-relative path of the doc, e.g. `personas/sre.md`. */
  file: string;
  status: PersonaStatus;
  champions: Handle[];
  aliases: string[];
  parent?: string;
  size?: number;
  summary?: string;
  label?: { name?: string; color?: string; description?: string };
  /** Extra repository paths (CODEOWNERS patterns) the champions own. */
  paths: string[];
  /** Earlier names, so the persona label is renamed rather than recreated. */
  previously: string[];
  sections: PersonaSection[];
  workflow: WorkflowStep[];
  links: PersonaLink[];
  /** 1-based line of each front-matter key, for diagnostics raised after parsing. */
  keyLines: Record<string, number>;
}

export interface PersonaSection {
  /** Heading text as written, e.g. `Role Summary`. */
  heading: string;
  /** GitHub's anchor for it, e.g. `role-summary` (github-slugger, with duplicate numbering). */
  slug: string;
  depth: number;
  line: number;
  /** Plain text of the section's content, up to the next heading of the same or higher level. */
  text: string;
}

export interface WorkflowStep {
  phase: string;
  tools: string[];
  /** How the persona uses the tools in this phase, as written. */
  how: string;
  line: number;
  column: number;
  /** Where the step was written. */
  source: "front-matter" | "body";
}

export interface PersonaLink {
  url: string;
  line: number;
  column: number;
}
