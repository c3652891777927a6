/**
 * One way to look at a repository, whether a local checkout or a tree on GitHub: every path it holds,
 * and the bytes of the files asked for. Reading is the costly part, so callers list what they need
 * first and read it in one batch.
 */
export interface RepoReader {
  /** Every file path, repository-relative with forward slashes. */
  paths: ReadonlySet<string>;
  /**
   * The contents of those of `paths` that exist as regular files. Paths that are missing, or are
   * symbolic links, are absent from the result.
   */
  read(paths: Iterable<string>): Promise<Map<string, Uint8Array>>;
}

/** Files from a reader as text; a path the reader could not read stays absent. */
export function decodeFiles(bytes: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const decoder = new TextDecoder();
  return new Map([...bytes].map(([path, content]) => [path, decoder.decode(content)] as const));
}
