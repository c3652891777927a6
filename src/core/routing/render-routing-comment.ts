import type { Handle } from "../config/handles.js";
import type { Config } from "../config/config-schema.js";
import { renderTemplate } from "../templates/render-template.js";
import type { TemplateName } from "../templates/templates.generated.js";
import { neutralizeMentions, safeInline } from "../text/safe-markdown.js";
import { renderCommandTable } from "./command-permissions.js";
import type { QuestionKind } from "./read-question-issue.js";
import type { RouteTarget } from "./route-target.js";
import { renderRoutingMarkers, type RoutingRecord } from "./routing-marker.js";

export interface RoutedCommentInput {
  kind: QuestionKind;
  target: RouteTarget;
  record: RoutingRecord;
  /** Everyone who holds the question once the decisions are applied. */
  assigned: readonly string[];
  /** Champion teams that could not be expanded to members. */
  emptyTeams: readonly string[];
  /** Logins left unassigned because of GitHub's assignee limit. */
  overLimit: readonly string[];
  config: Pick<Config, "routing">;
}

/**
 * The routing comment for a question or proposal that reached its champions. Mentions are chosen so
 * each person is notified once and only when they hold the question: assigned people and user
 * champions are @-mentioned; a champion team is written as inert text, because with `round-robin` or
 * `random` a team ping would wake every member for a question one of them holds, and with `all`
 * every member is already assigned (and so notified). Only a team we could not expand is mentioned,
 * once, since that is then the one remaining way to reach it.
 */
export function renderRoutedComment(input: RoutedCommentInput): string {
  const { target } = input;
  const name: TemplateName =
    input.kind === "survey" ? "comments/routing-survey-question.md" : "comments/routing-question.md";
  return tidyComment(
    renderTemplate(name, {
      markers: renderRoutingMarkers(input.record),
      persona: safeInline(target.persona.name),
      routeNote: describeRoute(target),
      champions: describeChampions(target.champions, input.emptyTeams),
      assigned: input.assigned.length > 0 ? input.assigned.map((login) => `@${login}`).join(", ") : "nobody yet",
      responseTime: safeInline(input.config.routing.responseTime),
      assignmentNote: describeAssignment(input),
      commands: renderCommandTable(input.kind),
    }),
  );
}

/** Renders a comment template and removes the blank runs that empty optional paragraphs leave. */
export function tidyComment(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** Champion handles for a comment line: users as mentions, teams as explained above. */
export function describeChampions(champions: readonly Handle[], emptyTeams: readonly string[]): string {
  if (champions.length === 0) return "none configured";
  return champions
    .map((handle) =>
      handle.kind === "team" && !emptyTeams.includes(handle.handle) ? neutralizeMentions(handle.handle) : handle.handle,
    )
    .join(", ");
}

function describeRoute(target: RouteTarget): string {
  const persona = `**${safeInline(target.persona.name)}**`;
  switch (target.via) {
    case "persona":
      return "";
    case "parent":
      return `${persona} is ${target.persona.status}, so the champions of its parent persona, **${safeInline(target.parent.name)}**, take it.`;
    case "fallback":
      return target.why === "inactive"
        ? `${persona} is ${target.persona.status} and has no active parent persona with champions, so the fallback champions (\`routing.fallbackChampions\`) take it.`
        : `${persona} lists no champions, so the fallback champions (\`routing.fallbackChampions\`) take it.`;
  }
}

function describeAssignment(input: RoutedCommentInput): string {
  const notes: string[] = [];
  if (input.target.champions.length === 0) {
    notes.push(
      "No champions are configured for this question, so a maintainer needs to pick it up. Setting `routing.fallbackChampions` avoids this.",
    );
  }
  if (input.emptyTeams.length > 0) {
    notes.push(
      `Nobody from ${input.emptyTeams.join(", ")} could be assigned: the team is empty or its members are not visible to the App, so the team is mentioned instead.`,
    );
  }
  if (input.overLimit.length > 0) {
    const people = input.overLimit.map((login) => neutralizeMentions(`@${login}`)).join(", ");
    notes.push(`GitHub allows 10 assignees on an issue, so these champions are not assigned: ${people}.`);
  }
  return notes.join("\n\n");
}
