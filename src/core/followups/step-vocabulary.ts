import { closestMatch } from "../diagnostics/suggest.js";
import { inlineCode } from "../text/safe-markdown.js";

/** What a checklist line's values are checked against. */
export interface StepVocabulary {
  personas: readonly { id: string; name: string; aliases: readonly string[] }[];
  phases: readonly { id: string; name: string }[];
  /** `survey.planningDeadline`: the due date of a line without `due:`. */
  planningDeadline?: string;
  /**
   * A line may leave out `due:` even without a deadline: set for a meeting of an earlier cycle, whose
   * steps keep the due date they were tracked with rather than taking the current cycle's deadline.
   */
  dueOptional?: boolean;
}

type Checked = string | { message: string; fix: string };

/**
 * A `persona:` value as a persona id. People write names and aliases too (`persona:Backend`): those
 * are not accepted silently, since the line is the record, but the fix names the id to write.
 */
export function resolvePersonaValue(value: string, vocabulary: StepVocabulary): Checked {
  const exact = vocabulary.personas.find((persona) => persona.id === value);
  if (exact !== undefined) return exact.id;
  const lower = value.toLowerCase();
  const named = vocabulary.personas.find((persona) => persona.id === lower || [persona.name, ...persona.aliases].some((name) => slug(name) === slug(value)));
  const near = named?.id ?? closestMatch(lower, vocabulary.personas.map((persona) => persona.id));
  const message = `${inlineCode(`persona:${value}`)} is not a persona id.`;
  if (near !== undefined) return { message, fix: `Did you mean ${inlineCode(`persona:${near}`)}?` };
  return { message, fix: `Use one of: ${vocabulary.personas.map((persona) => inlineCode(persona.id)).join(", ") || "(no persona docs were found)"}.` };
}

/** A `pain:` value as a phase id, with the same help as `resolvePersonaValue`. */
export function resolvePhaseValue(value: string, vocabulary: StepVocabulary): Checked {
  const exact = vocabulary.phases.find((phase) => phase.id === value);
  if (exact !== undefined) return exact.id;
  const named = vocabulary.phases.find((phase) => phase.id === value.toLowerCase() || slug(phase.name) === slug(value));
  const near = named?.id ?? closestMatch(value.toLowerCase(), vocabulary.phases.map((phase) => phase.id));
  const message = `${inlineCode(`pain:${value}`)} is not a phase id.`;
  if (near !== undefined) return { message, fix: `Did you mean ${inlineCode(`pain:${near}`)}?` };
  return { message, fix: `Use the phase id of the pain point, one of: ${vocabulary.phases.map((phase) => inlineCode(phase.id)).join(", ")}.` };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}
