import { flattenTree, type GitStore } from "./git-store.js";

/** One changed file between two commits. */
export interface FileChange {
  filename: string;
  status: "added" | "removed" | "modified";
  sha: string;
  additions: number;
  deletions: number;
}

/** The nearest common ancestor of two commits (the merge base), if any. */
export function mergeBase(git: GitStore, a: string, b: string): string | undefined {
  const ancestors = new Set<string>();
  const walk = [a];
  while (walk.length > 0) {
    const sha = walk.pop()!;
    if (ancestors.has(sha)) continue;
    ancestors.add(sha);
    walk.push(...(git.commits.get(sha)?.parents ?? []));
  }
  const queue = [b];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.shift()!;
    if (ancestors.has(sha)) return sha;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(git.commits.get(sha)?.parents ?? []));
  }
  return undefined;
}

function lineCount(git: GitStore, sha: string | undefined): number {
  const text = sha ? git.blobs.get(sha)?.toString("utf8") : undefined;
  return text ? text.split("\n").length - (text.endsWith("\n") ? 1 : 0) : 0;
}

/** Files that differ between two commits, sorted by path, with whole-file line counts. */
export function diffCommits(git: GitStore, from: string, to: string): FileChange[] {
  const tree = (sha: string): string | undefined => git.commits.get(sha)?.tree;
  const before = tree(from) ? flattenTree(git, tree(from)!) : new Map<string, { sha: string }>();
  const after = tree(to) ? flattenTree(git, tree(to)!) : new Map<string, { sha: string }>();
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: FileChange[] = [];
  for (const path of paths) {
    const old = before.get(path)?.sha;
    const now = after.get(path)?.sha;
    if (old === now) continue;
    const status = old === undefined ? "added" : now === undefined ? "removed" : "modified";
    changes.push({ filename: path, status, sha: now ?? old ?? "", additions: lineCount(git, now), deletions: lineCount(git, old) });
  }
  return changes;
}
