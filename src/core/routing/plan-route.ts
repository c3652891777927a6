import type { Persona } from "../persona/persona.js";
import { personaLabelName } from "../persona/persona-label.js";
import type { PersonaChoice } from "./choose-persona.js";
import type { Decision } from "./decision.js";
import type { IssueFacts, RoutingContext } from "./issue-facts.js";
import { findPersonaLabels } from "./persona-labels-on-issue.js";
import { pickAssignees } from "./pick-assignees.js";
import type { QuestionKind } from "./read-question-issue.js";
import { renderNeedsPersonaComment, type UnsettledChoice } from "./render-needs-persona-comment.js";
import { renderRoutedComment } from "./render-routing-comment.js";
import { findRouteTarget, type RouteTarget } from "./route-target.js";
import { ROUTING_LABELS } from "./routing-labels.js";
import type { PersonaSource, RoutingRecord } from "./routing-marker.js";
import { commentDecision, labelDecisions, MAX_ASSIGNEES, sharedNames, withoutNames } from "./routing-writes.js";

const SOURCE_TEXT: Record<PersonaSource, string> = {
  form: "the form's Persona field",
  label: "a persona label a person chose",
  command: "a /persona command",
  mention: "a persona named in the issue",
};

/**
 * The writes that bring an issue in line with a persona choice, given what the App recorded last
 * time. Order matters for a stateless App: labels and assignees first, the routing comment last, so
 * a failure part-way leaves no comment claiming work that was not done, and the next event redoes
 * only what is missing.
 */
export function planRoute(
  facts: IssueFacts,
  ctx: RoutingContext,
  kind: QuestionKind,
  choice: PersonaChoice,
  record: RoutingRecord,
): Decision[] {
  return choice.kind === "persona"
    ? planRouted(facts, ctx, kind, { persona: choice.persona, source: choice.source }, record)
    : planNeedsPersona(facts, ctx, kind, choice, record);
}

function planRouted(
  facts: IssueFacts,
  ctx: RoutingContext,
  kind: QuestionKind,
  chosen: { persona: Persona; source: PersonaSource },
  record: RoutingRecord,
): Decision[] {
  const { persona, source } = chosen;
  const target = findRouteTarget(persona, ctx.personas, ctx.config);
  const plan = planAssignment(facts, ctx, target, record);
  const why = `#${facts.number} is for ${persona.name} (from ${SOURCE_TEXT[source]})`;
  const otherPersonaLabels = findPersonaLabels(facts.labels, ctx.personas, ctx.config)
    .filter((hit) => hit.persona.id !== persona.id)
    .map((hit) => hit.label);
  const decisions = [
    ...labelDecisions(
      facts.number,
      facts.labels,
      {
        add: [personaLabelName(persona, ctx.config), kindLabel(kind)],
        remove: [...otherPersonaLabels, ROUTING_LABELS.needsPersona],
      },
      why,
    ),
    ...assignmentDecisions(
      facts.number,
      plan,
      `${persona.name} (${describeVia(target.via)}, strategy ${ctx.config.routing.strategy})`,
    ),
  ];
  const body = renderRoutedComment({
    kind,
    target,
    record: { persona: persona.id, source, assigned: plan.recorded },
    assigned: plan.holders,
    emptyTeams: plan.emptyTeams,
    overLimit: plan.overLimit,
    config: ctx.config,
  });
  decisions.push(commentDecision(facts.number, { kind: "routing" }, ctx.existing.routingComment, body, why));
  return decisions;
}

function assignmentDecisions(issue: number, plan: AssignmentPlan, championsOf: string): Decision[] {
  const decisions: Decision[] = [];
  if (plan.unassign.length > 0) {
    const reason = `re-routed; the App had assigned them for another persona`;
    decisions.push({ kind: "unassign", issue, logins: plan.unassign, reason });
  }
  decisions.push(
    plan.assign.length > 0
      ? { kind: "assign", issue, logins: plan.assign, reason: `champions for ${championsOf}` }
      : { kind: "skip", reason: `no one new to assign on #${issue}` },
  );
  return decisions;
}

interface AssignmentPlan {
  assign: string[];
  unassign: string[];
  /** Everyone assigned once the plan is applied. */
  holders: string[];
  /** What the routing record keeps as "assigned by the App" for this persona. */
  recorded: string[];
  overLimit: string[];
  emptyTeams: string[];
}

/**
 * Who to assign and unassign. People the App assigned for this same persona before are never
 * re-added (a person unassigned by hand stays unassigned); on a re-route, the App takes back only
 * the assignments it made for the old persona, never someone a person assigned.
 */
function planAssignment(
  facts: IssueFacts,
  ctx: RoutingContext,
  target: RouteTarget,
  record: RoutingRecord,
): AssignmentPlan {
  const samePersona = record.persona === target.persona.id;
  const assignedBefore = samePersona ? record.assigned : [];
  const picked = pickAssignees({
    champions: target.champions,
    strategy: ctx.config.routing.strategy,
    teamMembers: ctx.teamMembers,
    issueNumber: facts.number,
    seed: ctx.seed,
    covered: [...facts.assignees, ...assignedBefore],
  });
  const unassign = samePersona ? [] : withoutNames(sharedNames(record.assigned, facts.assignees), picked.logins);
  const wanted = withoutNames(picked.logins, facts.assignees, assignedBefore);
  const room = Math.max(0, MAX_ASSIGNEES - (facts.assignees.length - unassign.length));
  const assign = wanted.slice(0, room);
  return {
    assign,
    unassign,
    holders: [...withoutNames(facts.assignees, unassign), ...assign],
    recorded: withoutNames([...assignedBefore, ...assign]),
    overLimit: wanted.slice(room),
    emptyTeams: picked.emptyTeams,
  };
}

function planNeedsPersona(
  facts: IssueFacts,
  ctx: RoutingContext,
  kind: QuestionKind,
  choice: UnsettledChoice,
  record: RoutingRecord,
): Decision[] {
  const why = `#${facts.number} needs a persona (${choice.kind})`;
  // Only the label the App itself derived from the form or a mention is withdrawn; a person's is kept.
  const ourLabel =
    (record.source === "form" || record.source === "mention") && record.persona !== undefined
      ? findPersonaLabels(facts.labels, ctx.personas, ctx.config)
          .filter((hit) => hit.persona.id === record.persona)
          .map((hit) => hit.label)
      : [];
  const decisions = labelDecisions(
    facts.number,
    facts.labels,
    { add: [ROUTING_LABELS.needsPersona, kindLabel(kind)], remove: ourLabel },
    why,
  );
  const unassign = sharedNames(record.assigned, facts.assignees);
  if (unassign.length > 0) {
    decisions.push({
      kind: "unassign",
      issue: facts.number,
      logins: unassign,
      reason: `#${facts.number} no longer has a persona; the App had assigned them`,
    });
  }
  const body = renderNeedsPersonaComment(kind, choice, ctx.personas, { assigned: [] });
  decisions.push(commentDecision(facts.number, { kind: "routing" }, ctx.existing.routingComment, body, why));
  return decisions;
}

function kindLabel(kind: QuestionKind): string {
  return kind === "survey" ? ROUTING_LABELS.surveyQuestion : ROUTING_LABELS.question;
}

function describeVia(via: "persona" | "parent" | "fallback"): string {
  if (via === "parent") return "via the parent persona";
  if (via === "fallback") return "via the fallback champions";
  return "the persona's own";
}
