import { createHash } from "node:crypto";

/** One entry of a git tree object. */
export interface TreeEntry {
  name: string;
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
}

export interface GitIdentity {
  name: string;
  email: string;
  date: string;
}

export interface CommitRecord {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitIdentity;
  committer: GitIdentity;
}

/** A flattened tree: file path → blob sha and mode. */
export type FileMap = Map<string, { sha: string; mode: string }>;

/** A minimal git object store with real object ids, so shas behave like GitHub's. */
export interface GitStore {
  blobs: Map<string, Buffer>;
  trees: Map<string, TreeEntry[]>;
  commits: Map<string, CommitRecord>;
  /** Refs without the "refs/" prefix: "heads/main", "tags/v1". */
  refs: Map<string, string>;
}

export function createGitStore(): GitStore {
  return { blobs: new Map(), trees: new Map(), commits: new Map(), refs: new Map() };
}

function hashObject(kind: string, content: Buffer): string {
  return createHash("sha1").update(`${kind} ${content.length}\0`).update(content).digest("hex");
}

/** Stores a blob and returns its sha. */
export function writeBlob(store: GitStore, content: Buffer): string {
  const sha = hashObject("blob", content);
  store.blobs.set(sha, content);
  return sha;
}

/** Stores a tree (entries sorted the way git sorts them) and returns its sha. */
export function writeTree(store: GitStore, entries: readonly TreeEntry[]): string {
  const sortKey = (e: TreeEntry): string => (e.type === "tree" ? `${e.name}/` : e.name);
  const sorted = [...entries].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const parts = sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode.replace(/^0/, "")} ${e.name}\0`), Buffer.from(e.sha, "hex")]));
  const sha = hashObject("tree", Buffer.concat(parts));
  store.trees.set(sha, sorted);
  return sha;
}

/** Stores a commit and returns its sha. */
export function writeCommit(store: GitStore, commit: Omit<CommitRecord, "sha">): string {
  const stamp = (who: GitIdentity): string => `${who.name} <${who.email}> ${Math.floor(Date.parse(who.date) / 1000)} +0000`;
  const text = [
    `tree ${commit.tree}`,
    ...commit.parents.map((p) => `parent ${p}`),
    `author ${stamp(commit.author)}`,
    `committer ${stamp(commit.committer)}`,
    "",
    commit.message,
  ].join("\n");
  const sha = hashObject("commit", Buffer.from(text));
  store.commits.set(sha, { ...commit, sha });
  return sha;
}

/** Every file under a tree, by full path. */
export function flattenTree(store: GitStore, treeSha: string, prefix = "", out: FileMap = new Map()): FileMap {
  for (const entry of store.trees.get(treeSha) ?? []) {
    const path = prefix + entry.name;
    if (entry.type === "tree") flattenTree(store, entry.sha, `${path}/`, out);
    else out.set(path, { sha: entry.sha, mode: entry.mode });
  }
  return out;
}

/** Writes the nested trees for a set of files and returns the root tree sha. */
export function buildTree(store: GitStore, files: FileMap): string {
  const here: TreeEntry[] = [];
  const dirs = new Map<string, FileMap>();
  for (const [path, file] of files) {
    const slash = path.indexOf("/");
    if (slash < 0) {
      here.push({ name: path, mode: file.mode, type: file.mode === "160000" ? "commit" : "blob", sha: file.sha });
      continue;
    }
    const dir = path.slice(0, slash);
    const sub = dirs.get(dir) ?? new Map();
    sub.set(path.slice(slash + 1), file);
    dirs.set(dir, sub);
  }
  for (const [name, sub] of dirs) here.push({ name, mode: "040000", type: "tree", sha: buildTree(store, sub) });
  return writeTree(store, here);
}

/** The entry at a path below a tree, or undefined. The empty path is the tree itself. */
export function entryAt(store: GitStore, treeSha: string, path: string): TreeEntry | undefined {
  const parts = path.split("/").filter((p) => p !== "");
  let current: TreeEntry = { name: "", mode: "040000", type: "tree", sha: treeSha };
  for (const part of parts) {
    if (current.type !== "tree") return undefined;
    const next = store.trees.get(current.sha)?.find((e) => e.name === part);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

/** Resolves a branch name, tag, "heads/x", "refs/heads/x" or commit sha to a commit sha. */
export function resolveCommitish(store: GitStore, ref: string): string | undefined {
  const bare = ref.replace(/^refs\//, "");
  for (const candidate of [bare, `heads/${bare}`, `tags/${bare}`]) {
    const sha = store.refs.get(candidate);
    if (sha) return sha;
  }
  if (store.commits.has(ref)) return ref;
  if (/^[0-9a-f]{4,39}$/.test(ref)) return [...store.commits.keys()].find((sha) => sha.startsWith(ref));
  return undefined;
}
