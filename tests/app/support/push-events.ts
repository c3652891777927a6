import { ORG, REPO, type AppHarness } from "./app-harness.js";
import { examplePayload, retarget } from "./payloads.js";

/**
 * Commits `files` to the default branch of the fake (null deletes) and returns the real `push` example
 * payload describing that commit, from `sender`.
 */
export function pushToMain(h: AppHarness, files: Record<string, string | null>, options: { sender?: string; ref?: string; repo?: string } = {}): Record<string, unknown> {
  const repo = options.repo ?? REPO;
  const before = h.gh.repo(ORG, repo).git.refs.get("heads/main") ?? "";
  const after = h.gh.commitFiles(ORG, repo, files);
  const payload = retarget(examplePayload("push"), { ...h.target(options.sender ?? "alice"), repo });
  const example = (payload["commits"] as Record<string, unknown>[])[0] ?? {};
  const paths = Object.entries(files);
  const commit = {
    ...example,
    id: after,
    tree_id: after,
    added: paths.filter(([, text]) => text !== null).map(([path]) => path),
    modified: [],
    removed: paths.filter(([, text]) => text === null).map(([path]) => path),
  };
  return { ...payload, ref: options.ref ?? "refs/heads/main", before, after, created: false, deleted: false, forced: false, commits: [commit], head_commit: commit };
}
