import type { Config } from "../config/config-schema.js";
import { parseHandle, type Handle } from "../config/handles.js";
import type { PhaseDefinition } from "../config/phases.js";
import { resolvePhases } from "../config/resolve-phases.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedYaml } from "../yaml/parse-yaml.js";
import type { FrontMatter } from "./front-matter-schema.js";
import { readFrontMatterWorkflow } from "./front-matter-workflow.js";
import { readMarkdownBody, type MarkdownBody } from "./markdown-body.js";
import type { Persona } from "./persona.js";
import { readFrontMatter } from "./read-front-matter.js";
import { readText } from "./read-text.js";
import { splitFrontMatter } from "./split-front-matter.js";
import { readWorkflowTable } from "./workflow-table.js";

export interface PersonaContext {
  config: Config;
  /** The phases in force; computed from `config` when absent (pass it when parsing many docs). */
  phases?: readonly PhaseDefinition[];
}

export interface ParsedPersona {
  /** Present when the front matter is valid. */
  persona?: Persona;
  diagnostics: Diagnostic[];
  /** The body, read even when the front matter is broken, so links into this doc can still be checked. */
  body?: MarkdownBody;
  /** The id other docs know this one by: the declared `id`, else the file name. */
  id: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses one persona doc from its bytes. Never throws: every problem with the file becomes a
 * diagnostic, and as much as can be read is returned.
 *
 * @param file repository-relative path, used in diagnostics and for the default id
 */
export function parsePersona(file: string, bytes: Uint8Array, ctx: PersonaContext): ParsedPersona {
  const fileId = idFromFileName(file);
  const decoded = readText(file, bytes, ctx.config.personas.maxFileBytes);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics, id: fileId };
  const split = splitFrontMatter(file, decoded.text);
  const body = readMarkdownBody(split.body, split.bodyLine);
  if (!split.yaml) return { diagnostics: split.diagnostics, body, id: fileId };
  const read = readFrontMatter(file, split.yaml);
  const id = read.frontMatter?.id ?? read.declaredId ?? fileId;
  if (!read.frontMatter) return { diagnostics: read.diagnostics, body, id };
  if (read.frontMatter.id === undefined && !KEBAB.test(fileId)) {
    return { diagnostics: [invalidFileId(file, fileId)], body, id };
  }
  const phases = ctx.phases ?? resolvePhases(ctx.config);
  const persona = buildPersona({ file, id, frontMatter: read.frontMatter, yaml: split.yaml, body, phases });
  return { persona, diagnostics: [], body, id };
}

/** `personas/sre-on-call.md` → `sre-on-call`. */
export function idFromFileName(file: string): string {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.replace(/\.md$/i, "");
}

interface PersonaParts {
  file: string;
  id: string;
  frontMatter: FrontMatter;
  yaml: ParsedYaml;
  body: MarkdownBody;
  phases: readonly PhaseDefinition[];
}

function buildPersona({ file, id, frontMatter: fm, yaml, body, phases }: PersonaParts): Persona {
  const persona: Persona = {
    id,
    name: fm.name,
    file,
    status: fm.status,
    champions: fm.champions.map((raw) => parseHandle(raw)).filter((h): h is Handle => h !== undefined),
    aliases: fm.aliases,
    paths: fm.paths,
    previously: fm.previously,
    sections: body.sections,
    workflow: [...readFrontMatterWorkflow(fm.workflow, yaml, phases), ...readWorkflowTable(body, phases)],
    links: body.links,
    keyLines: keyLinesOf(fm, yaml),
  };
  if (fm.parent !== undefined) persona.parent = fm.parent;
  if (fm.size !== undefined) persona.size = fm.size;
  if (fm.summary !== undefined) persona.summary = fm.summary;
  if (fm.label !== undefined) persona.label = definedOnly(fm.label);
  return persona;
}

/** Lines of the keys actually written (defaults filled in by the schema have no line). */
function keyLinesOf(fm: FrontMatter, yaml: ParsedYaml): Record<string, number> {
  const lines: Record<string, number> = {};
  const written = typeof yaml.value === "object" && yaml.value !== null ? Object.keys(yaml.value) : [];
  for (const key of written) if (key in fm) lines[key] = yaml.locate([key]).line;
  return lines;
}

function definedOnly(label: NonNullable<FrontMatter["label"]>): NonNullable<Persona["label"]> {
  const out: NonNullable<Persona["label"]> = {};
  if (label.name !== undefined) out.name = label.name;
  if (label.color !== undefined) out.color = label.color;
  if (label.description !== undefined) out.description = label.description;
  return out;
}

function invalidFileId(file: string, fileId: string): Diagnostic {
  const suggested = fileId.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return diagnostic({
    file,
    line: 1,
    column: 1,
    severity: "error",
    rule: "invalid-id",
    message: `the file name \`${fileId}\` is not a valid persona id (ids are kebab-case: lower-case letters, digits and single hyphens)`,
    suggestion: suggested === "" ? "add an `id:` key to the front matter" : `rename the file to \`${suggested}.md\`, or add \`id: ${suggested}\` to the front matter`,
  });
}
