import { optString, requireString } from "../body-reader.js";
import { GitHubHttpError, notFound } from "../errors.js";
import { RawText, type Handler, type HandlerContext } from "../handler-types.js";
import { isJsonObject } from "../openapi/json.js";
import { renderContentEntry, renderContentFile } from "../render/render-content.js";
import { renderGitCommit } from "../render/render-git.js";
import { commitFiles } from "../state/commit-files.js";
import { entryAt, resolveCommitish, type GitIdentity } from "../state/git-store.js";
import type { RepoRecord } from "../state/records.js";
import { defaultIdentity } from "./git-objects.js";
import { assertWritable, repoFrom } from "./lookups.js";

const getContent: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const ref = ctx.query["ref"] ?? repo.defaultBranch;
  const commit = resolveCommitish(repo.git, ref);
  if (!commit) throw new GitHubHttpError(404, `No commit found for the ref ${ref}`);
  const path = (ctx.params["path"] ?? "").replace(/^\/+|\/+$/g, "");
  const entry = entryAt(repo.git, repo.git.commits.get(commit)!.tree, path);
  if (!entry) throw notFound();
  if (entry.type !== "tree" && ctx.accept.includes(".raw")) {
    return { status: 200, body: new RawText(repo.git.blobs.get(entry.sha)?.toString("utf8") ?? "") };
  }
  if (entry.type !== "tree") return { status: 200, body: renderContentFile(ctx.urls, repo, path, entry, ref) };
  const children = repo.git.trees.get(entry.sha) ?? [];
  const prefix = path === "" ? "" : `${path}/`;
  return { status: 200, body: children.map((child) => renderContentEntry(ctx.urls, repo, prefix + child.name, child, ref)) };
};

function branchOf(ctx: HandlerContext, repo: RepoRecord): string {
  const branch = optString(ctx.body, "branch") ?? repo.defaultBranch;
  if (!repo.git.refs.has(`heads/${branch}`)) throw new GitHubHttpError(404, `Branch ${branch} not found`);
  return branch;
}

function who(ctx: HandlerContext): GitIdentity {
  const fallback = defaultIdentity(ctx);
  const given = ctx.body["committer"] ?? ctx.body["author"];
  if (!isJsonObject(given)) return fallback;
  const name = typeof given["name"] === "string" ? given["name"] : fallback.name;
  const email = typeof given["email"] === "string" ? given["email"] : fallback.email;
  return { name, email, date: typeof given["date"] === "string" ? given["date"] : fallback.date };
}

/** The blob sha currently at `path` on the branch, checked against the `sha` the client sent. */
function checkSha(ctx: HandlerContext, repo: RepoRecord, branch: string, path: string, required: boolean): string | undefined {
  const tip = repo.git.commits.get(repo.git.refs.get(`heads/${branch}`)!)!;
  const current = entryAt(repo.git, tip.tree, path);
  const sent = optString(ctx.body, "sha");
  if (current?.type === "tree") throw new GitHubHttpError(422, `Invalid request.\n\n"${path}" is a directory.`);
  if (!current) {
    if (required) throw notFound();
    return undefined;
  }
  if (sent === undefined) throw new GitHubHttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
  if (sent !== current.sha) throw new GitHubHttpError(409, `${path} does not match ${sent}`);
  return current.sha;
}

const putContent: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const path = (ctx.params["path"] ?? "").replace(/^\/+|\/+$/g, "");
  const message = requireString(ctx.body, "message");
  const content = Buffer.from(requireString(ctx.body, "content"), "base64");
  const branch = branchOf(ctx, repo);
  const existed = checkSha(ctx, repo, branch, path, false) !== undefined;
  const result = commitFiles(repo, branch, new Map([[path, content]]), message, who(ctx));
  const entry = entryAt(repo.git, result.tree, path)!;
  return {
    status: existed ? 200 : 201,
    body: {
      content: renderContentEntry(ctx.urls, repo, path, entry, branch),
      commit: renderGitCommit(ctx.urls, repo, repo.git.commits.get(result.commit)!),
    },
  };
};

const deleteContent: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const path = (ctx.params["path"] ?? "").replace(/^\/+|\/+$/g, "");
  const message = requireString(ctx.body, "message");
  const branch = branchOf(ctx, repo);
  checkSha(ctx, repo, branch, path, true);
  const result = commitFiles(repo, branch, new Map([[path, null]]), message, who(ctx));
  return { status: 200, body: { content: null, commit: renderGitCommit(ctx.urls, repo, repo.git.commits.get(result.commit)!) } };
};

/** The contents API, by operationId. */
export const contentHandlers: Record<string, Handler> = {
  "repos/get-content": getContent,
  "repos/create-or-update-file-contents": putContent,
  "repos/delete-file": deleteContent,
};
