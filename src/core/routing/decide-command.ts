import { renderTemplate } from "../templates/render-template.js";
import { neutralizeMentions, safeInline } from "../text/safe-markdown.js";
import { commandEffects, replyDecision } from "./command-effects.js";
import {
  COMMAND_PERMISSIONS,
  mayUseCommand,
  renderCommandTable,
  type CommandActor,
  type CommandRole,
} from "./command-permissions.js";
import type { Decision, ReactionContent } from "./decision.js";
import { findIssueTarget } from "./issue-champions.js";
import type { CommandContext, IssueFacts } from "./issue-facts.js";
import type { Command } from "./parse-slash-commands.js";
import { readQuestionIssue, type QuestionIssue } from "./read-question-issue.js";
import { tidyComment } from "./render-routing-comment.js";
import { ROUTING_LABELS } from "./routing-labels.js";
import { readRoutingRecord, renderReplyMarker } from "./routing-marker.js";

/**
 * Decides one slash command from an issue comment: who may use it (see `COMMAND_PERMISSIONS`), what
 * it does, and the reaction on the command comment (+1 when applied, confused when not). A command
 * that is not applied also gets one short reply saying why and who may use it.
 *
 * Commands on issues that are not persona questions or proposals are left alone (other bots may own
 * them), except `/persona`, which is how a person turns any issue into a routed question.
 */
export function decideCommand(
  command: Command,
  actor: CommandActor,
  facts: IssueFacts,
  ctx: CommandContext,
): Decision[] {
  const issue = readQuestionIssue(facts.body, facts.labels);
  if (!isQuestionIssue(facts, ctx, issue) && command.name !== "persona") {
    return [
      { kind: "skip", reason: `#${facts.number} is not a persona question; /${command.word} is not ours to answer` },
    ];
  }
  if (command.name === "unknown") {
    return notApplied(
      facts,
      ctx,
      `/${command.word}`,
      `it is not a command here. These are:\n\n${renderCommandTable(issue.kind)}`,
    );
  }
  const spec = COMMAND_PERMISSIONS[command.name];
  const usage = `/${command.name}`;
  if (!spec.appliesTo.includes(issue.kind)) {
    const where = spec.appliesTo.includes("survey") ? "proposed survey questions" : "persona questions";
    return notApplied(facts, ctx, usage, `it works on ${where} only.`);
  }
  if (!mayUseCommand(command.name, actor)) {
    return notApplied(facts, ctx, usage, `only ${describeAllowed(spec.roles, facts, ctx)} can use it.`);
  }
  const record = readRoutingRecord(ctx.existing.routingComment?.body);
  const result = commandEffects({ command: { ...command, name: command.name }, actor, facts, ctx, issue, record });
  if (!result.applied) return notApplied(facts, ctx, usage, result.problem);
  return [...result.decisions, reactDecision(ctx, "+1", `${usage} by ${actor.login} applied`)];
}

function isQuestionIssue(facts: IssueFacts, ctx: CommandContext, issue: QuestionIssue): boolean {
  const marks: readonly string[] = [ROUTING_LABELS.question, ROUTING_LABELS.surveyQuestion];
  return (
    ctx.existing.routingComment !== undefined ||
    issue.fromForm ||
    facts.labels.some((label) => marks.includes(label.toLowerCase()))
  );
}

function notApplied(facts: IssueFacts, ctx: CommandContext, command: string, problem: string): Decision[] {
  const body = tidyComment(
    renderTemplate("comments/command-not-applied.md", { marker: renderReplyMarker(ctx.commentId), command, problem }),
  );
  const reason = `${command} on #${facts.number} not applied`;
  return [replyDecision(facts, ctx, body, reason), reactDecision(ctx, "confused", reason)];
}

function reactDecision(ctx: CommandContext, content: ReactionContent, reason: string): Decision {
  if (ctx.reactions.includes(content)) {
    return { kind: "skip", reason: `comment ${ctx.commentId} already has our ${content} reaction` };
  }
  return { kind: "react", commentId: ctx.commentId, content, reason };
}

/**
 * "the champions of **SRE** (@​alice, @​acme/sre), maintainers (write access) or the issue's author":
 * handles are written inert, since a refusal is no reason to ping the champions.
 */
function describeAllowed(roles: readonly CommandRole[], facts: IssueFacts, ctx: CommandContext): string {
  const target = findIssueTarget(facts, ctx);
  const parts = roles.map((role) => {
    if (role === "maintainer") return "maintainers (write access)";
    if (role === "author") return "the issue's author";
    if (target === undefined) return "the persona's champions";
    const handles = target.champions.map((handle) => neutralizeMentions(handle.handle)).join(", ");
    const whose = target.via === "parent" ? target.parent.name : target.persona.name;
    const owner = target.via === "fallback" ? "the fallback champions" : `the champions of **${safeInline(whose)}**`;
    return handles === "" ? owner : `${owner} (${handles})`;
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}` : (parts[0] ?? "");
}
