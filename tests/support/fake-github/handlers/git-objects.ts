import { optString, requireString } from "../body-reader.js";
import { GitHubHttpError, notFound } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { isJsonObject, type Json } from "../openapi/json.js";
import { renderGitCommit, renderTree, repoApi } from "../render/render-git.js";
import {
  buildTree,
  flattenTree,
  resolveCommitish,
  writeBlob,
  writeCommit,
  type FileMap,
  type GitIdentity,
  type GitStore,
} from "../state/git-store.js";
import { timestamp } from "../state/ids.js";
import { actorFor } from "../state/lookup.js";
import { assertWritable, repoFrom } from "./lookups.js";

const createBlob: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const content = requireString(ctx.body, "content");
  const encoding = optString(ctx.body, "encoding") ?? "utf-8";
  if (encoding !== "utf-8" && encoding !== "base64") throw new GitHubHttpError(422, `encoding must be "utf-8" or "base64"`);
  const sha = writeBlob(repo.git, Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
  return { status: 201, body: { sha, url: `${repoApi(ctx.urls, repo)}/git/blobs/${sha}` } };
};

const getBlob: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const sha = ctx.params["file_sha"] ?? "";
  const blob = repo.git.blobs.get(sha);
  if (!blob) throw notFound();
  const content = blob.toString("base64").replace(/.{60}/g, "$&\n");
  return {
    status: 200,
    body: {
      sha,
      node_id: `B_kwDOfake${sha.slice(0, 12)}`,
      size: blob.length,
      url: `${repoApi(ctx.urls, repo)}/git/blobs/${sha}`,
      content,
      encoding: "base64",
    },
  };
};

/** Applies one `tree` entry of POST /git/trees to the flattened file map. */
function applyTreeEntry(git: GitStore, files: FileMap, entry: Json): void {
  if (!isJsonObject(entry) || typeof entry["path"] !== "string")
    throw new GitHubHttpError(422, "Invalid tree info: every entry needs a path");
  const path = entry["path"].replace(/^\/+|\/+$/g, "");
  const sha = entry["sha"];
  const content = entry["content"];
  if (typeof sha === "string" && typeof content === "string") {
    throw new GitHubHttpError(422, "Must supply either tree.sha or tree.content. Request will be rejected if both are present.");
  }
  if (sha === null) {
    for (const key of [...files.keys()]) if (key === path || key.startsWith(`${path}/`)) files.delete(key);
    return;
  }
  const mode = typeof entry["mode"] === "string" ? entry["mode"] : "100644";
  if (typeof content === "string") {
    files.set(path, { sha: writeBlob(git, Buffer.from(content)), mode });
  } else if (typeof sha === "string" && entry["type"] === "tree") {
    if (!git.trees.has(sha)) throw new GitHubHttpError(422, `tree.sha ${sha} is not a valid tree`);
    for (const [sub, file] of flattenTree(git, sha)) files.set(`${path}/${sub}`, file);
  } else if (typeof sha === "string") {
    if (!git.blobs.has(sha)) throw new GitHubHttpError(422, `tree.sha ${sha} is not a valid blob`);
    files.set(path, { sha, mode });
  }
}

const createTree: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const baseTree = optString(ctx.body, "base_tree");
  if (baseTree !== undefined && !repo.git.trees.has(baseTree)) throw new GitHubHttpError(422, "base_tree is not a valid tree oid");
  const files: FileMap = baseTree ? flattenTree(repo.git, baseTree) : new Map();
  const entries = ctx.body["tree"];
  for (const entry of Array.isArray(entries) ? entries : []) applyTreeEntry(repo.git, files, entry);
  const sha = buildTree(repo.git, files);
  return { status: 201, body: renderTree(ctx.urls, repo, repo.git, sha, false) };
};

const getTree: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const wanted = ctx.params["tree_sha"] ?? "";
  const commit = repo.git.trees.has(wanted) ? undefined : resolveCommitish(repo.git, wanted);
  const sha = commit ? repo.git.commits.get(commit)?.tree : wanted;
  if (!sha || !repo.git.trees.has(sha)) throw notFound();
  const recursive = ctx.query["recursive"] !== undefined && ctx.query["recursive"] !== "0" && ctx.query["recursive"] !== "false";
  return { status: 200, body: renderTree(ctx.urls, repo, repo.git, sha, recursive) };
};

function identity(ctx: HandlerContext, key: string, fallback: GitIdentity): GitIdentity {
  const value = ctx.body[key];
  if (!isJsonObject(value)) return fallback;
  const text = (k: string, d: string): string => (typeof value[k] === "string" ? value[k] : d);
  return { name: text("name", fallback.name), email: text("email", fallback.email), date: text("date", fallback.date) };
}

/** The identity GitHub uses when the request names none: the token's user. */
export function defaultIdentity(ctx: HandlerContext): GitIdentity {
  const login = actorFor(ctx.state, ctx.token);
  return { name: login, email: `${login}@users.noreply.github.com`, date: timestamp(ctx.state) };
}

const createCommit: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const tree = requireString(ctx.body, "tree");
  if (!repo.git.trees.has(tree)) throw new GitHubHttpError(422, "Tree SHA does not exist");
  const parentsJson = ctx.body["parents"];
  const parents = Array.isArray(parentsJson) ? parentsJson.filter((p): p is string => typeof p === "string") : [];
  if (parents.some((p) => !repo.git.commits.has(p))) throw new GitHubHttpError(422, "Parent SHA does not exist or is not a commit object");
  const author = identity(ctx, "author", defaultIdentity(ctx));
  const committer = identity(ctx, "committer", author);
  const sha = writeCommit(repo.git, { tree, parents, message: requireString(ctx.body, "message"), author, committer });
  return { status: 201, body: renderGitCommit(ctx.urls, repo, repo.git.commits.get(sha)!) };
};

const getCommit: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const commit = repo.git.commits.get(ctx.params["commit_sha"] ?? "");
  if (!commit) throw notFound();
  return { status: 200, body: renderGitCommit(ctx.urls, repo, commit) };
};

/** Git blobs, trees and commits, by operationId. */
export const gitObjectHandlers: Record<string, Handler> = {
  "git/create-blob": createBlob,
  "git/get-blob": getBlob,
  "git/create-tree": createTree,
  "git/get-tree": getTree,
  "git/create-commit": createCommit,
  "git/get-commit": getCommit,
};
