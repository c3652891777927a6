import { requireString } from "../body-reader.js";
import { notFound } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderReaction } from "../render/render-issue.js";
import { allocateId, nodeIdFor, timestamp } from "../state/ids.js";
import { actorFor } from "../state/lookup.js";
import type { ReactionRecord } from "../state/records.js";
import { commentFrom } from "./comments.js";
import { issueFrom, numberParam, repoFrom } from "./lookups.js";

/** Adds a reaction unless the same user already reacted with it (then GitHub answers 200 with the old one). */
function react(ctx: HandlerContext, reactions: ReactionRecord[]): { status: number; body: unknown } {
  const content = requireString(ctx.body, "content");
  const user = actorFor(ctx.state, ctx.token);
  const existing = reactions.find((r) => r.content === content && r.user.toLowerCase() === user.toLowerCase());
  if (existing) return { status: 200, body: renderReaction(ctx.state, ctx.urls, existing) };
  const id = allocateId(ctx.state);
  const reaction: ReactionRecord = { id, nodeId: nodeIdFor("REA", id), content, user, createdAt: timestamp(ctx.state) };
  reactions.push(reaction);
  return { status: 201, body: renderReaction(ctx.state, ctx.urls, reaction) };
}

function list(ctx: HandlerContext, reactions: readonly ReactionRecord[]): { status: number; page: { items: unknown[] } } {
  const wanted = ctx.query["content"];
  const chosen = wanted ? reactions.filter((r) => r.content === wanted) : reactions;
  return { status: 200, page: { items: chosen.map((r) => renderReaction(ctx.state, ctx.urls, r)) } };
}

function remove(reactions: ReactionRecord[], id: number): void {
  const index = reactions.findIndex((r) => r.id === id);
  if (index < 0) throw notFound();
  reactions.splice(index, 1);
}

/** Reactions on issues and issue comments, by operationId. */
export const reactionHandlers: Record<string, Handler> = {
  "reactions/create-for-issue-comment": (ctx) => react(ctx, commentFrom(ctx, repoFrom(ctx)).reactions),
  "reactions/list-for-issue-comment": (ctx) => list(ctx, commentFrom(ctx, repoFrom(ctx)).reactions),
  "reactions/delete-for-issue-comment": (ctx) => {
    remove(commentFrom(ctx, repoFrom(ctx)).reactions, numberParam(ctx, "reaction_id"));
    return { status: 204 };
  },
  "reactions/create-for-issue": (ctx) => {
    const repo = repoFrom(ctx);
    return react(ctx, issueFrom(ctx, repo).reactions);
  },
  "reactions/list-for-issue": (ctx) => {
    const repo = repoFrom(ctx);
    return list(ctx, issueFrom(ctx, repo).reactions);
  },
  "reactions/delete-for-issue": (ctx) => {
    const repo = repoFrom(ctx);
    remove(issueFrom(ctx, repo).reactions, numberParam(ctx, "reaction_id"));
    return { status: 204 };
  },
};
