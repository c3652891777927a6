import type { Config } from "../../core/config/config-schema.js";
import type { Persona } from "../../core/persona/persona.js";
import { parseFallbackChampions } from "../../core/routing/route-target.js";
import type { TeamRef } from "../app/team-directory.js";

/**
 * Every team that can receive a question: champion teams of all personas and the fallback champions.
 * All of them, because a `/persona` command or a parent persona can send the question anywhere; the
 * member lists are cached, so in steady state this costs nothing.
 */
export function findChampionTeams(personas: readonly Persona[], config: Pick<Config, "routing">): TeamRef[] {
  const handles = [...personas.flatMap((persona) => persona.champions), ...parseFallbackChampions(config)];
  return handles.flatMap((handle) => (handle.kind === "team" ? [{ org: handle.org, slug: handle.slug }] : []));
}
