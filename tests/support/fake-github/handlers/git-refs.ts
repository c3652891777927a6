import { optBoolean, requireString } from "../body-reader.js";
import { GitHubHttpError, notFound } from "../errors.js";
import type { Handler } from "../handler-types.js";
import { renderRef } from "../render/render-git.js";
import type { GitStore } from "../state/git-store.js";
import { assertWritable, repoFrom } from "./lookups.js";

/** Whether `ancestor` is reachable from `sha` through parents. */
function isAncestor(git: GitStore, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(git.commits.get(next)?.parents ?? []));
  }
  return false;
}

function bareRef(ref: string): string {
  return ref.replace(/^refs\//, "");
}

const getRef: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const ref = bareRef(ctx.params["ref"] ?? "");
  const sha = repo.git.refs.get(ref);
  if (!sha) throw notFound();
  return { status: 200, body: renderRef(ctx.urls, repo, ref, sha) };
};

const listMatchingRefs: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const prefix = bareRef(ctx.params["ref"] ?? "");
  const items = [...repo.git.refs].filter(([ref]) => ref.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1));
  return { status: 200, page: { items: items.map(([ref, sha]) => renderRef(ctx.urls, repo, ref, sha)) } };
};

const createRef: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const full = requireString(ctx.body, "ref");
  const sha = requireString(ctx.body, "sha");
  if (!/^refs\/[^/]+\/.+/.test(full))
    throw new GitHubHttpError(422, "Reference name must start with 'refs/' and have at least two slashes.");
  const ref = bareRef(full);
  if (repo.git.refs.has(ref)) throw new GitHubHttpError(422, "Reference already exists");
  if (!repo.git.commits.has(sha)) throw new GitHubHttpError(422, "Object does not exist");
  repo.git.refs.set(ref, sha);
  return { status: 201, body: renderRef(ctx.urls, repo, ref, sha) };
};

const updateRef: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const ref = bareRef(ctx.params["ref"] ?? "");
  const current = repo.git.refs.get(ref);
  if (!current) throw new GitHubHttpError(422, "Reference does not exist");
  const sha = requireString(ctx.body, "sha");
  if (!repo.git.commits.has(sha)) throw new GitHubHttpError(422, "Object does not exist");
  if (!optBoolean(ctx.body, "force") && !isAncestor(repo.git, current, sha)) throw new GitHubHttpError(422, "Update is not a fast forward");
  repo.git.refs.set(ref, sha);
  return { status: 200, body: renderRef(ctx.urls, repo, ref, sha) };
};

const deleteRef: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const ref = bareRef(ctx.params["ref"] ?? "");
  if (!repo.git.refs.delete(ref)) throw new GitHubHttpError(422, "Reference does not exist");
  return { status: 204 };
};

/** Git references, by operationId. */
export const gitRefHandlers: Record<string, Handler> = {
  "git/get-ref": getRef,
  "git/list-matching-refs": listMatchingRefs,
  "git/create-ref": createRef,
  "git/update-ref": updateRef,
  "git/delete-ref": deleteRef,
};
