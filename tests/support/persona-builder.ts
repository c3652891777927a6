import type { Handle } from "../../src/core/config/handles.js";
import { parseHandle } from "../../src/core/config/handles.js";
import type { Persona, PersonaSection, WorkflowStep } from "../../src/core/persona/persona.js";

/**
 * Test helpers for persona docs. `personaDoc` writes the Markdown a user would commit; `persona` builds
 * the parsed object directly, for features that consume personas without caring how they were parsed.
 */

export interface PersonaDocInput {
  /** Front matter as a plain object, serialised as simple YAML. Omit `name` to use the default. */
  frontMatter?: Record<string, unknown>;
  /** Raw front matter text (without fences); wins over `frontMatter`. */
  rawFrontMatter?: string;
  /** Leave the front matter out entirely. */
  noFrontMatter?: boolean;
  /** H2 sections in order: heading → body text. Defaults to the three required sections. */
  sections?: Record<string, string>;
  /** Raw Markdown body; wins over `sections`. */
  body?: string;
}

export const DEFAULT_SECTIONS: Readonly<Record<string, string>> = {
  "Role Summary": "Keeps production healthy and answers pages.",
  Responsibilities: "- Respond to incidents\n- Maintain runbooks",
  Goals: "- Fewer pages per week",
};

/** Every required and recommended section, so a doc built with them validates without warnings. */
export const ALL_SECTIONS: Readonly<Record<string, string>> = {
  ...DEFAULT_SECTIONS,
  "Typical Communication": "The #sre channel and the weekly ops review.",
  "Interactions with Other Roles": "Works with every team that runs a service.",
  Workflow: "| Phase | Tools | How |\n| --- | --- | --- |\n| monitoring-and-alerting | Grafana | Watches dashboards |",
};

/** Markdown text of a persona doc: front matter fence, then H2 sections. */
export function personaDoc(input: PersonaDocInput = {}): string {
  const body = input.body ?? renderSections(input.sections ?? DEFAULT_SECTIONS);
  if (input.noFrontMatter) return body;
  const yaml = input.rawFrontMatter ?? toYaml({ name: "SRE", champions: ["@octocat"], ...input.frontMatter });
  return `---\n${yaml.endsWith("\n") ? yaml : `${yaml}\n`}---\n\n${body}`;
}

function renderSections(sections: Record<string, string>): string {
  return Object.entries(sections)
    .map(([heading, text]) => (text === "" ? `## ${heading}\n` : `## ${heading}\n\n${text}\n`))
    .join("\n");
}

/** A small YAML writer for test data: JSON-quoted scalars, block lists and maps. */
export function toYaml(value: Record<string, unknown>, indent = ""): string {
  let out = "";
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (Array.isArray(item)) {
      out += item.length === 0 ? `${indent}${key}: []\n` : `${indent}${key}:\n${item.map((v) => `${indent}  - ${scalar(v)}\n`).join("")}`;
    } else if (item !== null && typeof item === "object") {
      out += `${indent}${key}:\n${toYaml(item as Record<string, unknown>, `${indent}  `)}`;
    } else {
      out += `${indent}${key}: ${scalar(item)}\n`;
    }
  }
  return out;
}

function scalar(value: unknown): string {
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

export interface PersonaInput extends Partial<Omit<Persona, "champions" | "sections" | "workflow">> {
  /** Handles as written, e.g. `@octocat` or `@acme/sre`. */
  champions?: (string | Handle)[];
  /** Headings (slugged simply) or full sections. */
  sections?: (string | PersonaSection)[];
  /** `phase: [tools]` shorthand or full steps. */
  workflow?: Record<string, string[]> | WorkflowStep[];
}

/** A parsed Persona with sensible defaults; `id` defaults to `sre`, `file` to `personas/<id>.md`. */
export function persona(input: PersonaInput = {}): Persona {
  const id = input.id ?? "sre";
  const { champions, sections, workflow, ...rest } = input;
  return {
    name: "SRE",
    file: `personas/${id}.md`,
    status: "active",
    aliases: [],
    paths: [],
    previously: [],
    links: [],
    keyLines: {},
    ...rest,
    id,
    champions: (champions ?? ["@octocat"]).map(toHandle),
    sections: (sections ?? Object.keys(DEFAULT_SECTIONS)).map(toSection),
    workflow: toWorkflow(workflow ?? []),
  };
}

function toHandle(value: string | Handle): Handle {
  if (typeof value !== "string") return value;
  const handle = parseHandle(value);
  if (!handle) throw new Error(`persona(): not a handle: ${value}`);
  return handle;
}

function toSection(value: string | PersonaSection, index: number): PersonaSection {
  if (typeof value !== "string") return value;
  const slug = value.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
  return { heading: value, slug, depth: 2, line: 6 + index * 4, text: DEFAULT_SECTIONS[value] ?? "Some text." };
}

function toWorkflow(value: Record<string, string[]> | WorkflowStep[]): WorkflowStep[] {
  if (Array.isArray(value)) return value;
  return Object.entries(value).map(([phase, tools], index) => ({ phase, tools, how: "", line: 2 + index, column: 3, source: "front-matter" as const }));
}
