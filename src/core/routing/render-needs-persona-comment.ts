import type { Persona } from "../persona/persona.js";
import { renderTemplate } from "../templates/render-template.js";
import { safeInline } from "../text/safe-markdown.js";
import type { PersonaChoice } from "./choose-persona.js";
import { renderCommandTable } from "./command-permissions.js";
import { activePersonasInFormOrder } from "./question-form-fields.js";
import type { QuestionKind } from "./read-question-issue.js";
import { suggestPersona } from "./resolve-persona.js";
import { tidyComment } from "./render-routing-comment.js";
import { renderRoutingMarkers, type RoutingRecord } from "./routing-marker.js";

/** A persona choice that did not settle on one persona. */
export type UnsettledChoice = Exclude<PersonaChoice, { kind: "persona" }>;

/**
 * The routing comment for a question without a usable persona: what is wrong, the personas to choose
 * from under the exact names the form's dropdown shows (with the ids and aliases `/persona` also
 * takes), and a "did you mean" when the typed name is a near miss. Typed text is quoted escaped.
 */
export function renderNeedsPersonaComment(
  kind: QuestionKind,
  choice: UnsettledChoice,
  personas: readonly Persona[],
  record: RoutingRecord,
): string {
  return tidyComment(
    renderTemplate("comments/routing-needs-persona.md", {
      markers: renderRoutingMarkers(record),
      subject: kind === "survey" ? "proposal" : "question",
      problem: describeProblem(choice),
      personaList: renderPersonaList(personas),
      suggestion: renderSuggestion(choice, personas),
      commands: renderCommandTable(kind),
    }),
  );
}

/** One sentence saying why no persona could be chosen; also used in `/persona` replies. */
export function describeProblem(choice: UnsettledChoice): string {
  switch (choice.kind) {
    case "missing":
      return "it doesn't say which persona it is for.";
    case "unknown":
      return `“${safeInline(choice.typed)}” is not the name, id or alias of a persona.`;
    case "ambiguous": {
      const names = choice.candidates.map((persona) => `**${safeInline(persona.name)}**`).join(", ");
      if (choice.source === "label") return `it carries the labels of several personas (${names}); keep one.`;
      if (choice.source === "mention") return `it mentions several personas (${names}).`;
      return `“${safeInline(choice.typed ?? "")}” fits several personas: ${names}.`;
    }
  }
}

/** The personas offered in the form's dropdown, one per line, with the other names they answer to. */
export function renderPersonaList(personas: readonly Persona[]): string {
  const lines = activePersonasInFormOrder(personas).map((persona) => {
    const others = [persona.id, ...persona.aliases].filter(
      (term, index, all) =>
        term.toLowerCase() !== persona.name.toLowerCase() &&
        all.findIndex((other) => other.toLowerCase() === term.toLowerCase()) === index,
    );
    const also = others.length > 0 ? ` (also: ${others.map((term) => safeInline(term)).join(", ")})` : "";
    return `- **${safeInline(persona.name)}**${also}`;
  });
  return lines.length > 0 ? lines.join("\n") : "- (no active personas are defined yet)";
}

/** "Did you mean" for a near-miss typed name, or nothing. */
export function renderSuggestion(choice: UnsettledChoice, personas: readonly Persona[]): string {
  if (choice.kind !== "unknown") return "";
  const suggestion = suggestPersona(choice.typed, activePersonasInFormOrder(personas));
  return suggestion === undefined ? "" : `Did you mean **${safeInline(suggestion.name)}**?`;
}
