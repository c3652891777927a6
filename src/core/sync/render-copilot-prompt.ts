import { stringify } from "yaml";
import type { Config } from "../config/config-schema.js";
import { resolvePhases } from "../config/resolve-phases.js";
import type { Persona, WorkflowStep } from "../persona/persona.js";
import { renderTemplate } from "../templates/render-template.js";
import { relativeLink } from "./repo-paths.js";

export const PROMPTS_FOLDER = ".github/prompts";

const NOT_DESCRIBED = "Not described in the persona doc.";

/** Where a persona's prompt file goes; the file name becomes the `/command` in Copilot Chat. */
export function copilotPromptPath(persona: Pick<Persona, "id">): string {
  return `${PROMPTS_FOLDER}/${persona.id}.prompt.md`;
}

/**
 * A Copilot prompt file (`.prompt.md`) that frames a persona, from `templates/copilot-prompt.md`. The
 * front matter uses the prompt-file keys `description`, `argument-hint` and `agent` (`ask`: the
 * prompt is for thinking as the persona, not for editing files).
 */
export function renderCopilotPrompt(persona: Persona, config: Pick<Config, "phases">): string {
  const frontMatter = stringify(
    {
      description: `Think as the ${persona.name} persona: ${persona.summary ?? "its responsibilities, goals and tools"}`.replace(/\s+/g, " "),
      "argument-hint": `What should the ${persona.name} persona look at?`,
      agent: "ask",
    },
    { lineWidth: 0 },
  ).trimEnd();
  return renderTemplate("copilot-prompt.md", {
    frontMatter,
    name: persona.name,
    docPath: persona.file,
    docLink: relativeLink(PROMPTS_FOLDER, persona.file),
    champions: persona.champions.length === 0 ? "none named yet" : persona.champions.map((handle) => handle.handle).join(", "),
    summary: persona.summary ?? sectionText(persona, "role summary"),
    responsibilities: sectionText(persona, "responsibilities"),
    goals: sectionText(persona, "goals"),
    workflow: workflowText(persona.workflow, config),
  });
}

function sectionText(persona: Persona, heading: string): string {
  const section = persona.sections.find((candidate) => candidate.heading.trim().toLowerCase() === heading);
  const text = section?.text.trim() ?? "";
  return text === "" ? NOT_DESCRIBED : text;
}

function workflowText(steps: readonly WorkflowStep[], config: Pick<Config, "phases">): string {
  if (steps.length === 0) return "No workflow map yet.";
  const phases = resolvePhases(config);
  const phaseName = (phase: string) =>
    phases.find((candidate) => candidate.id === phase || candidate.name.toLowerCase() === phase.toLowerCase())?.name ?? phase;
  return steps
    .map((step) => {
      const tools = step.tools.length === 0 ? "no tools named" : step.tools.join(", ");
      const how = step.how.trim() === "" ? "" : ` (${step.how.trim().replace(/\s+/g, " ")})`;
      return `- ${phaseName(step.phase)}: ${tools}${how}`;
    })
    .join("\n");
}
