import type { RepoSnapshot } from "../repo/repo-snapshot.js";

/**
 * Lookups over the repository's paths that link checking needs, built only when first needed: most
 * links hit an existing file directly and never need the directory index.
 */
export interface RepoIndex {
  /** A file or a directory exists at `path` (the empty path is the root). */
  exists(path: string): boolean;
  /** Names of the files directly inside `directory`. */
  filesIn(directory: string): readonly string[];
}

export function createRepoIndex(snapshot: RepoSnapshot): RepoIndex {
  let directories: Set<string> | undefined;
  let children: Map<string, string[]> | undefined;
  const allPaths = () => [...snapshot.paths, ...snapshot.files.keys()];
  return {
    exists(path) {
      if (path === "" || snapshot.paths.has(path) || snapshot.files.has(path)) return true;
      directories ??= directorySet(allPaths());
      return directories.has(path);
    },
    filesIn(directory) {
      children ??= childrenByDirectory(allPaths());
      return children.get(directory) ?? [];
    },
  };
}

function directorySet(paths: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const path of paths) {
    for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) set.add(path.slice(0, i));
  }
  return set;
}

function childrenByDirectory(paths: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const path of new Set(paths)) {
    const slash = path.lastIndexOf("/");
    const directory = slash === -1 ? "" : path.slice(0, slash);
    const list = map.get(directory);
    if (list) list.push(path.slice(slash + 1));
    else map.set(directory, [path.slice(slash + 1)]);
  }
  return map;
}
