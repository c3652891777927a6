import { defaultConfig } from "../../../src/core/config/parse-config.js";
import type { Config } from "../../../src/core/config/config-schema.js";
import type { Persona } from "../../../src/core/persona/persona.js";
import { applyDecisionsToIssue } from "../../../src/core/routing/apply-decisions-to-issue.js";
import type { Decision } from "../../../src/core/routing/decision.js";
import type {
  CommandContext,
  ExistingState,
  IssueFacts,
  RoutingContext,
} from "../../../src/core/routing/issue-facts.js";
import { routeQuestion } from "../../../src/core/routing/route-question.js";
import { persona } from "../../support/persona-builder.js";

/** A small persona program: active, draft, retired (with and without parent), and a shared alias. */
export const PERSONAS: Persona[] = [
  persona({
    id: "backend",
    name: "Backend Developer",
    aliases: ["server", "backend dev"],
    champions: ["@alice", "@acme/backend-champions"],
  }),
  persona({ id: "web", name: "Web Developer", aliases: ["frontend"], champions: ["@wendy"] }),
  persona({ id: "sre", name: "SRE", aliases: ["site reliability"], champions: ["@acme/sre"] }),
  persona({ id: "sre-tooling", name: "Production Tooling", status: "retired", parent: "sre", champions: [] }),
  persona({ id: "ml", name: "Machine Learning Engineer", status: "draft", champions: ["@mia"] }),
  persona({ id: "ios", name: "iOS Developer", aliases: ["mobile"], champions: ["@ian"] }),
  persona({ id: "android", name: "Android Developer", aliases: ["mobile"], champions: ["@andy"] }),
];

export const TEAMS: Record<string, string[]> = {
  "acme/backend-champions": ["carol", "bob", "dave"],
  "acme/sre": ["sam", "ravi", "Tess"],
};

export function config(routing: Partial<Config["routing"]> = {}): Config {
  const base = defaultConfig();
  return { ...base, routing: { ...base.routing, ...routing } };
}

export function context(overrides: Partial<RoutingContext> = {}): RoutingContext {
  return {
    personas: PERSONAS,
    config: config(),
    teamMembers: TEAMS,
    existing: { repliedTo: [] },
    seed: "acme/program#1",
    ...overrides,
  };
}

export function commandContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return { ...context(), commentId: 9001, reactions: [], ...overrides };
}

/** An issue body exactly as GitHub renders a persona-question form submission. */
export function questionForm(
  fields: { persona?: string; question?: string; context?: string; urgency?: string } = {},
): string {
  return [
    ["Persona", fields.persona ?? "SRE"],
    ["Your question", fields.question ?? "How do SREs page each other during an incident?"],
    ["Context", fields.context ?? "_No response_"],
    ["Urgency", fields.urgency ?? "Whenever convenient"],
  ]
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join("\n\n");
}

export function surveyForm(fields: { persona?: string; text?: string; type?: string; reason?: string } = {}): string {
  return [
    ["Persona", fields.persona ?? "SRE"],
    ["Question text", fields.text ?? "How satisfied are you with paging?"],
    ["Question type", fields.type ?? "scale"],
    ["Reason", fields.reason ?? "_No response_"],
  ]
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join("\n\n");
}

export function issue(overrides: Partial<IssueFacts> = {}): IssueFacts {
  return {
    number: 42,
    title: "How do SREs page?",
    body: questionForm(),
    labels: ["persona-question"],
    assignees: [],
    author: "asker",
    state: "open",
    event: "opened",
    ...overrides,
  };
}

export function writes(decisions: readonly Decision[]): Decision[] {
  return decisions.filter((decision) => decision.kind !== "skip");
}

export function ofKind<K extends Decision["kind"]>(
  decisions: readonly Decision[],
  kind: K,
): Extract<Decision, { kind: K }>[] {
  return decisions.filter((decision): decision is Extract<Decision, { kind: K }> => decision.kind === kind);
}

/** Routes, applies the decisions as GitHub would, and returns the issue afterwards. */
export function routeAndApply(
  facts: IssueFacts,
  ctx: RoutingContext,
): { facts: IssueFacts; existing: ExistingState; decisions: Decision[] } {
  const decisions = routeQuestion(facts, ctx);
  const after = applyDecisionsToIssue({ facts, existing: ctx.existing }, decisions);
  // A created comment gets a real id from GitHub.
  const existing =
    after.existing.routingComment?.id === 0
      ? { ...after.existing, routingComment: { ...after.existing.routingComment, id: 777 } }
      : after.existing;
  return { facts: after.facts, existing, decisions };
}
