/**
 * What the core may know about a repository: the paths it holds, and the bytes of the few files it
 * needs to read. The edges fill it from a checkout (CLI, Action) or from the Git trees API (App), so the
 * validator never touches a file system or the network.
 */
export interface RepoSnapshot {
  /** Every file path in the repository, relative, with forward slashes. Used to check relative links. */
  paths: ReadonlySet<string>;
  /** Contents of the files the core reads: persona docs, the settings file, survey questions. */
  files: ReadonlyMap<string, Uint8Array>;
}

export function snapshotFromTexts(texts: Record<string, string>, extraPaths: readonly string[] = []): RepoSnapshot {
  const encoder = new TextEncoder();
  const files = new Map(Object.entries(texts).map(([path, text]) => [path, encoder.encode(text)] as const));
  return { files, paths: new Set([...files.keys(), ...extraPaths]) };
}
