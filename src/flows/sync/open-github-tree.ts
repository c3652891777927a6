import type { GitHubGateway, TreeFile } from "../../github/gateway.js";
import { mapWithConcurrency } from "../../github/map-with-concurrency.js";
import type { RepoReader } from "./repo-reader.js";

/** Blob reads in flight at once: enough to hide latency, few enough to stay clear of abuse limits. */
const BLOB_CONCURRENCY = 8;
/** Git's mode for a symbolic link: the blob holds a target path, not content. */
const SYMLINK_MODE = "120000";

/**
 * Lists a tree on GitHub once (the default branch when `ref` is omitted), so that knowing which files
 * exist costs one request and no read is spent on a file that is not there. Each file is then one blob
 * request, a few at a time; blobs are addressed by SHA, so a file is never read twice.
 */
export async function openGitHubTree(gateway: GitHubGateway, ref?: string): Promise<RepoReader> {
  const tree = await gateway.repo.listTree(ref);
  const byPath = new Map(tree.map((file) => [file.path, file] as const));
  const cache = new Map<string, Promise<Uint8Array>>();
  const readBlob = (file: TreeFile): Promise<Uint8Array> => {
    let pending = cache.get(file.sha);
    if (pending === undefined) {
      pending = gateway.repo.readBlob(file.sha, file.path).then((content) => content.bytes);
      cache.set(file.sha, pending);
    }
    return pending;
  };
  return {
    paths: new Set(byPath.keys()),
    async read(paths) {
      const wanted = [...new Set(paths)].flatMap((path) => {
        const file = byPath.get(path);
        return file === undefined || file.mode === SYMLINK_MODE ? [] : [file];
      });
      const contents = await mapWithConcurrency(wanted, BLOB_CONCURRENCY, async (file) => [file.path, await readBlob(file)] as const);
      return new Map(contents);
    },
  };
}
