import type { Persona } from "../persona/persona.js";
import { detectPersonaMention } from "./detect-persona-mention.js";
import type { IssueFacts, RoutingContext } from "./issue-facts.js";
import { findPersonaLabels } from "./persona-labels-on-issue.js";
import type { QuestionIssue } from "./read-question-issue.js";
import { resolvePersona } from "./resolve-persona.js";
import type { PersonaSource, RoutingRecord } from "./routing-marker.js";

/** The persona a question is for, or why there is none. */
export type PersonaChoice =
  | { kind: "persona"; persona: Persona; source: PersonaSource }
  | { kind: "ambiguous"; candidates: Persona[]; source: PersonaSource; typed?: string }
  | { kind: "unknown"; typed: string }
  | { kind: "missing" };

/**
 * Decides which persona an issue is for. Precedence, highest first:
 * 1. a persona label just added by hand (`labeled` event): a person chose it, so it re-routes;
 * 2. a persona label a person put on the issue. Our own label for the persona we read from the form
 *    is not a person's choice, which is how an edit of the form's Persona field can still re-route;
 *    two such labels are ambiguous rather than guessed between;
 * 3. the form's Persona field (name, id or alias);
 * 4. a persona named in the title or body, when `routing.detectMentions` is on.
 * `/persona` commands are recorded as source `command` and then count as a person's label (rule 2).
 */
export function choosePersona(
  facts: IssueFacts,
  ctx: Pick<RoutingContext, "personas" | "config">,
  issue: QuestionIssue,
  record: RoutingRecord,
): PersonaChoice {
  const sourceFor = (persona: Persona): PersonaSource =>
    persona.id === record.persona && record.source !== undefined ? record.source : "label";
  if (facts.event === "labeled" && facts.labelAdded !== undefined) {
    const [added] = findPersonaLabels([facts.labelAdded], ctx.personas, ctx.config);
    if (added !== undefined) return { kind: "persona", persona: added.persona, source: sourceFor(added.persona) };
  }
  const readFromText = record.source === "form" || record.source === "mention";
  const chosen = findPersonaLabels(facts.labels, ctx.personas, ctx.config)
    .map((hit) => hit.persona)
    .filter((persona) => !(readFromText && persona.id === record.persona));
  if (chosen.length === 1) return { kind: "persona", persona: chosen[0]!, source: sourceFor(chosen[0]!) };
  if (chosen.length > 1) return { kind: "ambiguous", candidates: chosen, source: "label" };
  if (issue.personaText !== undefined) return fromText(issue.personaText, ctx.personas);
  if (ctx.config.routing.detectMentions) {
    const mention = detectPersonaMention(`${facts.title}\n${facts.body}`, ctx.personas);
    if (mention !== undefined && "persona" in mention) {
      return { kind: "persona", persona: mention.persona, source: "mention" };
    }
    if (mention !== undefined) return { kind: "ambiguous", candidates: mention.ambiguous, source: "mention" };
  }
  return { kind: "missing" };
}

function fromText(typed: string, personas: readonly Persona[]): PersonaChoice {
  const resolved = resolvePersona(typed, personas);
  if (resolved === undefined) return { kind: "unknown", typed };
  if ("persona" in resolved) return { kind: "persona", persona: resolved.persona, source: "form" };
  return { kind: "ambiguous", candidates: resolved.ambiguous, source: "form", typed };
}
