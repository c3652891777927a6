import type { Config, ToolDefinition } from "../config/config-schema.js";
import { resolvePhases } from "../config/resolve-phases.js";
import type { Persona } from "../persona/persona.js";
import { computeReach } from "./compute-reach.js";
import type { ToolEntry, ToolSurveyMentions, ToolUse } from "./tool-entry.js";
import type { ToolMentionSource } from "./tool-mentions.js";

/**
 * The tool index: every tool in the `tools` registry and every tool a workflow map names, with the
 * personas that use it (in which phase, and how), its reach, its owner and, given a survey analysis,
 * how many respondents named it. Names and aliases match case-insensitively. Retired personas are
 * left out: nobody works that way any more. Sorted by reach, then by how many personas use the tool,
 * then by name.
 */
export function buildToolIndex(personas: readonly Persona[], config: Pick<Config, "tools" | "phases">, analysis?: ToolMentionSource): ToolEntry[] {
  const phaseNames = new Map(resolvePhases(config).map((phase) => [phase.id, phase.name] as const));
  const entries = new Map<string, ToolEntry>();
  const lookup = new Map<string, ToolEntry>();
  for (const tool of config.tools) {
    const entry = registryEntry(tool);
    entries.set(tool.name.toLowerCase(), entry);
    for (const name of [tool.name, ...tool.aliases]) if (!lookup.has(name.toLowerCase())) lookup.set(name.toLowerCase(), entry);
  }
  const living = [...personas].filter((persona) => persona.status !== "retired").sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const persona of living) {
    for (const step of persona.workflow) {
      for (const written of step.tools) {
        const key = written.toLowerCase();
        let entry = lookup.get(key);
        if (entry === undefined) {
          entry = unregisteredEntry(written);
          lookup.set(key, entry);
          entries.set(`unregistered:${key}`, entry);
        }
        const use: ToolUse = { persona: persona.id, personaName: persona.name, phase: step.phase, phaseName: phaseNames.get(step.phase) ?? step.phase, how: step.how, written };
        entry.uses.push(use);
        if (!entry.personas.includes(persona.id)) entry.personas.push(persona.id);
      }
    }
  }
  const byId = new Map(living.map((persona) => [persona.id, persona] as const));
  const index = [...entries.values()].map((entry) => ({
    ...entry,
    reach: computeReach(entry.personas, byId),
    survey: analysis === undefined ? null : surveyMentions(entry, analysis),
  }));
  return index.sort((a, b) => b.reach.people - a.reach.people || b.personas.length - a.personas.length || compareNames(a.name, b.name));
}

function registryEntry(tool: ToolDefinition): ToolEntry {
  return {
    name: tool.name,
    aliases: [...tool.aliases],
    registered: true,
    phase: tool.phase ?? null,
    owner: tool.owner ?? null,
    url: tool.url ?? null,
    uses: [],
    personas: [],
    reach: { people: 0, unsized: [], countedInParent: [] },
    survey: null,
  };
}

function unregisteredEntry(name: string): ToolEntry {
  return { ...registryEntry({ name, aliases: [] }), registered: false };
}

function surveyMentions(entry: ToolEntry, analysis: ToolMentionSource): ToolSurveyMentions {
  const names = new Set([entry.name, ...entry.aliases].map((name) => name.toLowerCase()));
  const matches = (name: string) => names.has(name.toLowerCase());
  const total = analysis.tools.filter((tool) => matches(tool.name)).reduce((sum, tool) => sum + tool.mentions, 0);
  const byPersona = analysis.personas
    .map((persona) => ({ persona: persona.id, mentions: persona.tools.filter((tool) => matches(tool.name)).reduce((sum, tool) => sum + tool.mentions, 0) }))
    .filter((row) => row.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions || compareNames(a.persona, b.persona));
  return { cycle: analysis.cycle, mentions: total, byPersona };
}

/** Case-insensitive first, so `gradle` and `Gradle` sort together, then exact for a stable order. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
