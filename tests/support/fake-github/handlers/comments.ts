import { requireString } from "../body-reader.js";
import { notFound } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderComment } from "../render/render-issue.js";
import { timestamp } from "../state/ids.js";
import { actorFor } from "../state/lookup.js";
import type { CommentRecord, RepoRecord } from "../state/records.js";
import { createComment } from "../state/seed-repos.js";
import { checkBodyLength } from "./issues.js";
import { assertWritable, issueFrom, numberParam, repoFrom } from "./lookups.js";

/** The comment named by `comment_id` in this repository, or 404. */
export function commentFrom(ctx: HandlerContext, repo: RepoRecord): CommentRecord {
  const comment = repo.comments.find((c) => c.id === numberParam(ctx, "comment_id"));
  if (!comment) throw notFound();
  return comment;
}

function since(ctx: HandlerContext, comments: CommentRecord[]): CommentRecord[] {
  const from = ctx.query["since"] ? Date.parse(ctx.query["since"]) : undefined;
  return from === undefined ? comments : comments.filter((c) => Date.parse(c.updatedAt) >= from);
}

const listComments: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const issue = issueFrom(ctx, repo);
  const comments = since(
    ctx,
    repo.comments.filter((c) => c.issueNumber === issue.number),
  );
  return { status: 200, page: { items: comments.map((c) => renderComment(ctx.state, ctx.urls, repo, c)) } };
};

const listRepoComments: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const sorted = ctx.query["direction"] === "desc" ? [...repo.comments].reverse() : repo.comments;
  return { status: 200, page: { items: since(ctx, sorted).map((c) => renderComment(ctx.state, ctx.urls, repo, c)) } };
};

const createCommentHandler: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const issue = issueFrom(ctx, repo);
  const body = requireString(ctx.body, "body");
  checkBodyLength("IssueComment", body);
  const comment = createComment(ctx.state, repo, issue.number, body, actorFor(ctx.state, ctx.token));
  issue.updatedAt = comment.createdAt;
  const rendered = renderComment(ctx.state, ctx.urls, repo, comment);
  return { status: 201, body: rendered, headers: { location: String(rendered["url"]) } };
};

const getComment: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  return { status: 200, body: renderComment(ctx.state, ctx.urls, repo, commentFrom(ctx, repo)) };
};

const updateComment: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const comment = commentFrom(ctx, repo);
  const body = requireString(ctx.body, "body");
  checkBodyLength("IssueComment", body);
  comment.body = body;
  comment.updatedAt = timestamp(ctx.state);
  return { status: 200, body: renderComment(ctx.state, ctx.urls, repo, comment) };
};

const deleteComment: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const comment = commentFrom(ctx, repo);
  repo.comments = repo.comments.filter((c) => c !== comment);
  return { status: 204 };
};

/** Issue comments, by operationId. */
export const commentHandlers: Record<string, Handler> = {
  "issues/list-comments": listComments,
  "issues/list-comments-for-repo": listRepoComments,
  "issues/create-comment": createCommentHandler,
  "issues/get-comment": getComment,
  "issues/update-comment": updateComment,
  "issues/delete-comment": deleteComment,
};
