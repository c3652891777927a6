import { choosePersona } from "./choose-persona.js";
import type { Decision } from "./decision.js";
import type { IssueFacts, RoutingContext } from "./issue-facts.js";
import { isPersonaLabel } from "./persona-labels-on-issue.js";
import { planRoute } from "./plan-route.js";
import { readQuestionIssue } from "./read-question-issue.js";
import { ROUTING_LABELS } from "./routing-labels.js";
import { readRoutingRecord } from "./routing-marker.js";

/**
 * Routes a persona question (or survey-question proposal) on `issues.opened`, `issues.edited` or
 * `issues.labeled`: the labels, assignees and the one routing comment it should have, as decisions.
 * Everything already in place comes back as `skip`, so a redelivered webhook or a second event for
 * the same issue writes nothing twice. The caller should ignore events the App's own bot caused.
 *
 * Issues that are not persona questions (no form, no question label, no persona label, no routing
 * comment, and no persona mention when mentions are on) are skipped. On `labeled`, only a persona
 * label routes: forms apply `persona-question` at creation, and acting on that `labeled` event too
 * would race the `opened` event into two comments.
 */
export function routeQuestion(facts: IssueFacts, ctx: RoutingContext): Decision[] {
  if (facts.state === "closed") return [{ kind: "skip", reason: `#${facts.number} is closed` }];
  if (facts.event === "labeled" && !isPersonaLabel(facts.labelAdded ?? "", ctx.personas, ctx.config)) {
    return [{ kind: "skip", reason: `label "${facts.labelAdded ?? ""}" on #${facts.number} is not a persona label` }];
  }
  const issue = readQuestionIssue(facts.body, facts.labels);
  const record = readRoutingRecord(ctx.existing.routingComment?.body);
  const choice = choosePersona(facts, ctx, issue, record);
  const questionLabels: readonly string[] = [ROUTING_LABELS.question, ROUTING_LABELS.surveyQuestion];
  const marked = facts.labels.some((label) => questionLabels.includes(label.toLowerCase()));
  if (choice.kind === "missing" && !issue.fromForm && !marked && ctx.existing.routingComment === undefined) {
    return [{ kind: "skip", reason: `#${facts.number} is not a persona question` }];
  }
  return planRoute(facts, ctx, issue.kind, choice, record);
}
