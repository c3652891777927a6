import type { Config } from "../config/config-schema.js";
import { personaLabelName } from "../persona/persona-label.js";
import type { Persona } from "../persona/persona.js";
import type { LabelSpec, PlanWarning } from "../plan/operation.js";
import { compareText } from "./compare-text.js";
import { workflowLabelSpecs } from "./workflow-labels.js";

/** GitHub rejects longer label names and descriptions (REST "Create a label"). */
export const GITHUB_MAX_LABEL_NAME = 50;
export const GITHUB_MAX_LABEL_DESCRIPTION = 100;

/** A persona's label, with the names it may still carry in the repository from before a rename. */
export interface PersonaLabel {
  persona: Persona;
  spec: LabelSpec;
  /** Earlier label names, most likely first: `previously:` entries, then the pre-override default. */
  previousNames: string[];
}

/**
 * The label of one persona. Every status gets one: active personas for routing, drafts because
 * questions can arrive before a persona is final, and retired ones because old issues still carry it.
 * The description says when a persona is a draft or retired, and retired labels turn grey.
 */
export function personaLabel(persona: Persona, config: Pick<Config, "labels">): PersonaLabel {
  const name = personaLabelName(persona, config);
  const color = persona.status === "retired" ? config.labels.retiredColor : (persona.label?.color ?? config.labels.color);
  const base = oneLine(persona.label?.description ?? persona.summary ?? `Questions and work for the ${persona.name} persona`);
  const description =
    persona.status === "retired" ? `Retired: ${base}` : persona.status === "draft" ? `Draft persona: ${base}` : base;
  const previousNames = persona.previously.map((old) => `${config.labels.prefix}${old}`);
  if (persona.label?.name !== undefined) previousNames.push(`${config.labels.prefix}${persona.name}`);
  return {
    persona,
    spec: { name, color: color.replace(/^#/, "").toLowerCase(), description: truncateDescription(description) },
    previousNames: previousNames.filter((old) => old.toLowerCase() !== name.toLowerCase()),
  };
}

/**
 * Every label the sync manages: the workflow labels, then one per persona sorted by name. A persona
 * whose label would be too long for GitHub, or would collide with a label already taken, is left out;
 * `desiredLabelWarnings` explains why.
 */
export function desiredLabels(personas: readonly Persona[], config: Pick<Config, "labels">): LabelSpec[] {
  return collectDesiredLabels(personas, config).labels;
}

/** The warnings behind the personas `desiredLabels` leaves out. */
export function desiredLabelWarnings(personas: readonly Persona[], config: Pick<Config, "labels">): PlanWarning[] {
  return collectDesiredLabels(personas, config).warnings;
}

function collectDesiredLabels(
  personas: readonly Persona[],
  config: Pick<Config, "labels">,
): { labels: LabelSpec[]; warnings: PlanWarning[] } {
  const labels = workflowLabelSpecs(config);
  const taken = new Map(labels.map((label) => [label.name.toLowerCase(), "a workflow label"]));
  const warnings: PlanWarning[] = [];
  const sorted = [...personas].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  for (const persona of sorted) {
    const { spec } = personaLabel(persona, config);
    const line = persona.keyLines["label"] ?? persona.keyLines["name"] ?? 1;
    const warn = (rule: string, message: string) => warnings.push({ file: persona.file, line, rule, message });
    if ([...spec.name].length > GITHUB_MAX_LABEL_NAME) {
      warn("label-name-too-long", `the label "${spec.name}" for persona ${persona.name} is longer than GitHub's ${GITHUB_MAX_LABEL_NAME} characters, so it is not created; set a shorter \`label.name\` in the front matter`);
      continue;
    }
    const owner = taken.get(spec.name.toLowerCase());
    if (owner !== undefined) {
      warn("label-duplicate", `persona ${persona.name} would use the label "${spec.name}", which is already ${owner}; give it a different \`label.name\``);
      continue;
    }
    taken.set(spec.name.toLowerCase(), `the label of persona ${persona.name}`);
    labels.push(spec);
  }
  return { labels, warnings };
}

/** Cuts a description to GitHub's limit, counting characters rather than UTF-16 units, with an ellipsis. */
export function truncateDescription(text: string): string {
  const characters = [...text];
  if (characters.length <= GITHUB_MAX_LABEL_DESCRIPTION) return text;
  return `${characters.slice(0, GITHUB_MAX_LABEL_DESCRIPTION - 1).join("").trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
