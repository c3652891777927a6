import { parseHandle, type Handle } from "../config/handles.js";
import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";

/**
 * Whose question it is once the persona is known. Draft and retired personas have nobody on duty, so
 * their questions go to the parent persona's champions when the parent is active, and otherwise to
 * `routing.fallbackChampions`; an active persona without champions also falls back.
 */
export type RouteTarget =
  | { via: "persona"; persona: Persona; champions: Handle[] }
  | { via: "parent"; persona: Persona; parent: Persona; champions: Handle[] }
  | { via: "fallback"; persona: Persona; why: "no-champions" | "inactive"; champions: Handle[] };

/** Picks the champions for a question about `persona`. */
export function findRouteTarget(
  persona: Persona,
  personas: readonly Persona[],
  config: Pick<Config, "routing">,
): RouteTarget {
  if (persona.status === "active" && persona.champions.length > 0) {
    return { via: "persona", persona, champions: persona.champions };
  }
  if (persona.status !== "active") {
    const parent = personas.find((candidate) => candidate.id === persona.parent);
    if (parent !== undefined && parent.status === "active" && parent.champions.length > 0) {
      return { via: "parent", persona, parent, champions: parent.champions };
    }
  }
  const champions = parseFallbackChampions(config);
  return { via: "fallback", persona, why: persona.status === "active" ? "no-champions" : "inactive", champions };
}

/** `routing.fallbackChampions` as handles (the config schema has already checked their syntax). */
export function parseFallbackChampions(config: Pick<Config, "routing">): Handle[] {
  return config.routing.fallbackChampions.flatMap((raw) => {
    const handle = parseHandle(raw);
    return handle === undefined ? [] : [handle];
  });
}
