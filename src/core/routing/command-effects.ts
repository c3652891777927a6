import { parseHandle } from "../config/handles.js";
import { renderTemplate } from "../templates/render-template.js";
import type { TemplateName } from "../templates/templates.generated.js";
import { neutralizeMentions, quoteBlock } from "../text/safe-markdown.js";
import type { CommandActor, CommandName } from "./command-permissions.js";
import type { Decision } from "./decision.js";
import type { CommandContext, IssueFacts } from "./issue-facts.js";
import { findIssuePersona } from "./issue-champions.js";
import type { Command } from "./parse-slash-commands.js";
import { planRoute } from "./plan-route.js";
import type { QuestionIssue } from "./read-question-issue.js";
import { describeProblem, renderPersonaList } from "./render-needs-persona-comment.js";
import { resolvePersona } from "./resolve-persona.js";
import { ROUTING_LABELS } from "./routing-labels.js";
import { renderReplyMarker, type RoutingRecord } from "./routing-marker.js";
import { labelDecisions, MAX_ASSIGNEES } from "./routing-writes.js";

/** Everything one command is decided on. */
export interface CommandInput {
  command: Command & { name: CommandName };
  actor: CommandActor;
  facts: IssueFacts;
  ctx: CommandContext;
  issue: QuestionIssue;
  record: RoutingRecord;
}

/** A command either turns into writes, or is not applied for a reason we tell the person. */
export type CommandResult = { applied: true; decisions: Decision[] } | { applied: false; problem: string };

/** What an authorised command does. Authorisation and reactions are `decideCommand`'s job. */
export function commandEffects(input: CommandInput): CommandResult {
  switch (input.command.name) {
    case "persona":
      return reroute(input);
    case "decline":
      return closeWithReason(input, "comments/command-declined.md", [ROUTING_LABELS.declined]);
    case "answered":
      return {
        applied: true,
        decisions: [closeDecision(input.facts, "completed", `${input.actor.login} marked it answered`)],
      };
    case "handoff":
      return handOff(input);
    case "accept":
      return acceptProposal(input);
    case "reject":
      return closeWithReason(input, "comments/command-rejected.md", []);
  }
}

/** Our reply to the command comment, unless an earlier delivery already posted it. */
export function replyDecision(facts: IssueFacts, ctx: CommandContext, text: string, reason: string): Decision {
  if (ctx.existing.repliedTo.includes(ctx.commentId)) {
    return { kind: "skip", reason: `comment ${ctx.commentId} on #${facts.number} already has our reply` };
  }
  return {
    kind: "comment-create",
    issue: facts.number,
    role: { kind: "reply", to: ctx.commentId },
    body: text,
    reason,
  };
}

function reroute({ command, facts, ctx, issue, record }: CommandInput): CommandResult {
  if (command.argument === "") {
    return refuse(`name a persona, e.g. \`/persona <name>\`. The personas are:\n\n${renderPersonaList(ctx.personas)}`);
  }
  const resolved = resolvePersona(command.argument, ctx.personas);
  if (resolved === undefined || !("persona" in resolved)) {
    const choice =
      resolved === undefined
        ? ({ kind: "unknown", typed: command.argument } as const)
        : ({ kind: "ambiguous", candidates: resolved.ambiguous, source: "command", typed: command.argument } as const);
    return refuse(`${describeProblem(choice)} The personas are:\n\n${renderPersonaList(ctx.personas)}`);
  }
  const choice = { kind: "persona", persona: resolved.persona, source: "command" } as const;
  return { applied: true, decisions: planRoute(facts, ctx, issue.kind, choice, record) };
}

function closeWithReason(input: CommandInput, template: TemplateName, labels: string[]): CommandResult {
  const { command, facts, ctx, actor } = input;
  if (command.argument === "") {
    return refuse(`say why, e.g. \`/${command.word} <reason>\`: the reason is posted here for the person who asked.`);
  }
  const why = `${actor.login} used /${command.word}`;
  const body = renderTemplate(template, {
    marker: renderReplyMarker(ctx.commentId),
    actor: neutralizeMentions(`@${actor.login}`),
    reason: quoteBlock(command.argument),
  });
  const decisions =
    labels.length > 0 ? labelDecisions(facts.number, facts.labels, { add: labels, remove: [] }, why) : [];
  decisions.push(replyDecision(facts, ctx, body, why), closeDecision(facts, "not_planned", why));
  return { applied: true, decisions };
}

function handOff({ command, facts, ctx, actor, issue }: CommandInput): CommandResult {
  const handle = parseHandle(command.argument.split(/\s+/)[0] ?? "");
  if (handle === undefined) {
    return refuse("name one person to take it over, e.g. `/handoff @login`.");
  }
  if (handle.kind === "team") {
    return refuse("issues can't be assigned to teams; name one member of the team, e.g. `/handoff @login`.");
  }
  const target = handle.login;
  const has = (login: string): boolean =>
    facts.assignees.some((assignee) => assignee.toLowerCase() === login.toLowerCase());
  const releasing = has(actor.login) && actor.login.toLowerCase() !== target.toLowerCase();
  if (!has(target) && facts.assignees.length - (releasing ? 1 : 0) >= MAX_ASSIGNEES) {
    return refuse(`the issue already has ${MAX_ASSIGNEES} assignees, GitHub's limit; unassign someone first.`);
  }
  const why = `${actor.login} handed #${facts.number} to ${target}`;
  const decisions: Decision[] = [];
  if (releasing) decisions.push({ kind: "unassign", issue: facts.number, logins: [actor.login], reason: why });
  decisions.push(
    has(target)
      ? { kind: "skip", reason: `${target} is already assigned to #${facts.number}` }
      : { kind: "assign", issue: facts.number, logins: [target], reason: why },
  );
  const body = renderTemplate("comments/command-handoff.md", {
    marker: renderReplyMarker(ctx.commentId),
    actor: neutralizeMentions(`@${actor.login}`),
    subject: issue.kind === "survey" ? "proposal" : "question",
    // The new holder is mentioned on purpose: they should hear about it.
    target: `@${target}`,
  });
  decisions.push(replyDecision(facts, ctx, body, why));
  return { applied: true, decisions };
}

function acceptProposal({ facts, ctx, issue, actor }: CommandInput): CommandResult {
  const persona = findIssuePersona(facts, ctx);
  if (persona === undefined) {
    return refuse("the proposal has no persona yet; choose one with `/persona <name>` first.");
  }
  const text = issue.proposal?.text;
  const type = issue.proposal?.type;
  if (text === undefined) {
    return refuse("the proposal has no question text; edit the issue's **Question text** field, then `/accept` again.");
  }
  if (type === undefined) {
    return refuse(
      "the proposal's **Question type** must be scale, text or choice; edit the issue, then `/accept` again.",
    );
  }
  return {
    applied: true,
    decisions: [
      {
        kind: "accept-survey-question",
        issue: facts.number,
        personaId: persona.id,
        question: { text, type },
        reason: `${actor.login} accepted the proposal for ${persona.name}`,
      },
    ],
  };
}

function refuse(problem: string): CommandResult {
  return { applied: false, problem };
}

function closeDecision(facts: IssueFacts, stateReason: "completed" | "not_planned", reason: string): Decision {
  if (facts.state === "closed") return { kind: "skip", reason: `#${facts.number} is already closed` };
  return { kind: "close", issue: facts.number, stateReason, reason };
}
