import { GitHubHttpError, notFound } from "../errors.js";
import type { Handler } from "../handler-types.js";
import { renderCommit, repoApi } from "../render/render-git.js";
import { renderRepo } from "../render/render-repo.js";
import { entryAt, resolveCommitish, type CommitRecord, type GitStore } from "../state/git-store.js";
import { repoFrom } from "./lookups.js";

/** Commits reachable from `start`, newest first, optionally only those that changed `path`. */
function history(git: GitStore, start: string, path: string | undefined): CommitRecord[] {
  const out: CommitRecord[] = [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const commit = git.commits.get(queue.shift()!);
    if (!commit || seen.has(commit.sha)) continue;
    seen.add(commit.sha);
    queue.push(...commit.parents);
    if (path === undefined || touches(git, commit, path)) out.push(commit);
  }
  return out.sort((a, b) => Date.parse(b.committer.date) - Date.parse(a.committer.date));
}

function touches(git: GitStore, commit: CommitRecord, path: string): boolean {
  const here = entryAt(git, commit.tree, path)?.sha;
  const parent = commit.parents[0] ? git.commits.get(commit.parents[0]) : undefined;
  const before = parent ? entryAt(git, parent.tree, path)?.sha : undefined;
  return here !== before;
}

const getRepo: Handler = (ctx) => ({ status: 200, body: renderRepo(ctx.state, ctx.urls, repoFrom(ctx)) });

const listBranches: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const api = repoApi(ctx.urls, repo);
  const branches = [...repo.git.refs].filter(([ref]) => ref.startsWith("heads/")).sort(([a], [b]) => (a < b ? -1 : 1));
  const items = branches.map(([ref, sha]) => ({ name: ref.slice(6), commit: { sha, url: `${api}/commits/${sha}` }, protected: false }));
  return { status: 200, page: { items } };
};

const getBranch: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const name = ctx.params["branch"] ?? "";
  const sha = repo.git.refs.get(`heads/${name}`);
  if (!sha) throw new GitHubHttpError(404, "Branch not found");
  const api = repoApi(ctx.urls, repo);
  return {
    status: 200,
    body: {
      name,
      commit: renderCommit(ctx.urls, repo, repo.git.commits.get(sha)!),
      _links: { self: `${api}/branches/${name}`, html: `${ctx.urls.html}/${repo.owner}/${repo.name}/tree/${name}` },
      protected: false,
      protection: { enabled: false, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
      protection_url: `${api}/branches/${name}/protection`,
    },
  };
};

const listCommits: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const start = resolveCommitish(repo.git, ctx.query["sha"] ?? repo.defaultBranch);
  if (!start) throw new GitHubHttpError(404, "Not Found");
  const commits = history(repo.git, start, ctx.query["path"]?.replace(/^\/+/, ""));
  return { status: 200, page: { items: commits.map((c) => renderCommit(ctx.urls, repo, c)) } };
};

const getCommit: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const sha = resolveCommitish(repo.git, ctx.params["ref"] ?? "");
  const commit = sha ? repo.git.commits.get(sha) : undefined;
  if (!commit) throw notFound();
  return { status: 200, body: { ...renderCommit(ctx.urls, repo, commit), stats: { additions: 0, deletions: 0, total: 0 }, files: [] } };
};

/** Repository, branch and commit reads, by operationId. */
export const repoHandlers: Record<string, Handler> = {
  "repos/get": getRepo,
  "repos/list-branches": listBranches,
  "repos/get-branch": getBranch,
  "repos/list-commits": listCommits,
  "repos/get-commit": getCommit,
};
