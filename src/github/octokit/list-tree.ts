import type { TreeFile } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { mapWithConcurrency } from "../map-with-concurrency.js";

interface TreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

const WALK_CONCURRENCY = 4;

/**
 * Lists every file in a tree with one recursive request. GitHub cuts recursive listings at 100,000
 * entries (or 7 MB) and says `truncated`; then we walk the tree one directory level at a time, still
 * asking for each subtree recursively, so only very large subtrees cost more than one request.
 */
export async function listTree(context: ApiContext, ref?: string): Promise<TreeFile[]> {
  const treeish = ref ?? (await context.repository()).defaultBranch;
  const listing = await fetchTree(context, treeish, true);
  if (!listing.truncated) return filesOf(listing.entries, "");
  return walkTree(context, listing.sha, "");
}

async function walkTree(context: ApiContext, treeSha: string, prefix: string): Promise<TreeFile[]> {
  const level = await fetchTree(context, treeSha, false);
  const files = filesOf(level.entries, prefix);
  const subtrees = level.entries.filter((entry) => entry.type === "tree" && entry.sha && entry.path);
  const nested = await mapWithConcurrency(subtrees, WALK_CONCURRENCY, async (entry) => {
    const subPrefix = `${prefix}${entry.path}/`;
    const listing = await fetchTree(context, entry.sha as string, true);
    return listing.truncated ? walkTree(context, listing.sha, subPrefix) : filesOf(listing.entries, subPrefix);
  });
  return [...files, ...nested.flat()];
}

async function fetchTree(context: ApiContext, treeish: string, recursive: boolean): Promise<{ sha: string; truncated: boolean; entries: TreeEntry[] }> {
  const { data } = await context.client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
    ...context.repo,
    tree_sha: treeish,
    ...(recursive ? { recursive: "1" } : {}),
  });
  return { sha: data.sha, truncated: data.truncated, entries: data.tree };
}

function filesOf(entries: readonly TreeEntry[], prefix: string): TreeFile[] {
  return entries.flatMap((entry) =>
    entry.type === "blob" && entry.path !== undefined && entry.sha !== undefined
      ? [{ path: `${prefix}${entry.path}`, sha: entry.sha, size: entry.size ?? 0, mode: entry.mode ?? "100644" }]
      : [],
  );
}
