import type { Urls } from "../handler-types.js";
import type { CommitRecord, GitStore } from "../state/git-store.js";
import type { RepoRecord } from "../state/records.js";

/** API base of a repository. */
export function repoApi(urls: Urls, repo: RepoRecord): string {
  return `${urls.api}/repos/${repo.owner}/${repo.name}`;
}

/** GitHub's `git-commit` (Git Data API). */
export function renderGitCommit(urls: Urls, repo: RepoRecord, commit: CommitRecord): Record<string, unknown> {
  const api = repoApi(urls, repo);
  return {
    sha: commit.sha,
    node_id: `C_kwDOfake${commit.sha.slice(0, 12)}`,
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${urls.html}/${repo.owner}/${repo.name}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `${urls.html}/${repo.owner}/${repo.name}/commit/${sha}`,
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

/** GitHub's `commit` (the Commits API shape used by branches and commit lists). */
export function renderCommit(urls: Urls, repo: RepoRecord, commit: CommitRecord): Record<string, unknown> {
  const api = repoApi(urls, repo);
  const html = `${urls.html}/${repo.owner}/${repo.name}/commit/${commit.sha}`;
  return {
    sha: commit.sha,
    node_id: `C_kwDOfake${commit.sha.slice(0, 12)}`,
    url: `${api}/commits/${commit.sha}`,
    html_url: html,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    },
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${urls.html}/${repo.owner}/${repo.name}/commit/${sha}`,
    })),
  };
}

/** GitHub's `git-ref`. */
export function renderRef(urls: Urls, repo: RepoRecord, ref: string, sha: string): Record<string, unknown> {
  const api = repoApi(urls, repo);
  return {
    ref: `refs/${ref}`,
    node_id: `REF_kwDOfake${Buffer.from(ref).toString("base64url")}`,
    url: `${api}/git/refs/${ref}`,
    object: { type: "commit", sha, url: `${api}/git/commits/${sha}` },
  };
}

/** GitHub's `git-tree`, either one level or (recursive) every entry below it with full paths. */
export function renderTree(urls: Urls, repo: RepoRecord, git: GitStore, sha: string, recursive: boolean): Record<string, unknown> {
  const api = repoApi(urls, repo);
  const entries: Record<string, unknown>[] = [];
  const walk = (treeSha: string, prefix: string): void => {
    for (const e of git.trees.get(treeSha) ?? []) {
      const path = prefix + e.name;
      const size = e.type === "blob" ? { size: git.blobs.get(e.sha)?.length ?? 0 } : {};
      const url = e.type === "tree" ? `${api}/git/trees/${e.sha}` : `${api}/git/blobs/${e.sha}`;
      entries.push({ path, mode: e.mode, type: e.type, sha: e.sha, ...size, url });
      if (recursive && e.type === "tree") walk(e.sha, `${path}/`);
    }
  };
  walk(sha, "");
  return { sha, url: `${api}/git/trees/${sha}`, tree: entries, truncated: false };
}
