import type { Persona } from "../persona/persona.js";
import type { IssueFacts, RoutingContext } from "./issue-facts.js";
import { findPersonaLabels } from "./persona-labels-on-issue.js";
import { pickAssignees } from "./pick-assignees.js";
import { findRouteTarget, parseFallbackChampions, type RouteTarget } from "./route-target.js";
import { readRoutingRecord } from "./routing-marker.js";

/**
 * The persona an issue is currently routed to: the one our routing comment records, else the only
 * persona label on the issue. Undefined while the issue needs a persona (or carries several labels).
 */
export function findIssuePersona(
  facts: Pick<IssueFacts, "labels">,
  ctx: Pick<RoutingContext, "personas" | "config" | "existing">,
): Persona | undefined {
  const recorded = readRoutingRecord(ctx.existing.routingComment?.body).persona;
  const byRecord = ctx.personas.find((persona) => persona.id === recorded);
  if (byRecord !== undefined) return byRecord;
  const labelled = findPersonaLabels(facts.labels, ctx.personas, ctx.config);
  return labelled.length === 1 ? labelled[0]?.persona : undefined;
}

/** Where the issue's persona sends questions, or undefined while it has no persona. */
export function findIssueTarget(
  facts: Pick<IssueFacts, "labels">,
  ctx: Pick<RoutingContext, "personas" | "config" | "existing">,
): RouteTarget | undefined {
  const persona = findIssuePersona(facts, ctx);
  return persona === undefined ? undefined : findRouteTarget(persona, ctx.personas, ctx.config);
}

/**
 * Every login that counts as a champion for this issue, for the caller to fill in a command actor's
 * `isChampion`: the champions the issue is routed to (the persona's own, its parent's or the fallback
 * champions), with teams expanded to all their members whatever the assignment strategy. While the
 * issue has no persona, the fallback champions count, so someone can route it.
 */
export function findIssueChampionLogins(facts: Pick<IssueFacts, "labels" | "number">, ctx: RoutingContext): string[] {
  const target = findIssueTarget(facts, ctx);
  const champions = target?.champions ?? parseFallbackChampions(ctx.config);
  return pickAssignees({
    champions,
    strategy: "all",
    teamMembers: ctx.teamMembers,
    issueNumber: facts.number,
    seed: ctx.seed,
    covered: [],
  }).logins;
}
