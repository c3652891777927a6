import { buildTree, flattenTree, writeBlob, writeCommit, type GitIdentity } from "./git-store.js";
import type { RepoRecord } from "./records.js";

/** File changes for one commit: path → new content, or null to delete the file. */
export type FileChanges = ReadonlyMap<string, Buffer | null>;

/**
 * Commits file changes on top of a branch (creating the branch when it has no commits yet) and moves
 * the branch to the new commit, the way the contents API does.
 */
export function commitFiles(
  repo: RepoRecord,
  branch: string,
  changes: FileChanges,
  message: string,
  who: GitIdentity,
): { commit: string; tree: string } {
  const git = repo.git;
  const parent = git.refs.get(`heads/${branch}`);
  const parentTree = parent ? git.commits.get(parent)?.tree : undefined;
  const files = parentTree ? flattenTree(git, parentTree) : new Map<string, { sha: string; mode: string }>();
  for (const [path, content] of changes) {
    if (content === null) files.delete(path);
    else files.set(path, { sha: writeBlob(git, content), mode: files.get(path)?.mode ?? "100644" });
  }
  const tree = buildTree(git, files);
  const commit = writeCommit(git, { tree, parents: parent ? [parent] : [], message, author: who, committer: who });
  git.refs.set(`heads/${branch}`, commit);
  return { commit, tree };
}
