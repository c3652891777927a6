/**
 * Moving a persona from the long document into the personas folder changes what its relative links are
 * relative to. These helpers redo that arithmetic on forward-slash paths, without `node:path`, because
 * the core does no I/O and must behave the same on every platform.
 */

/** A destination that is a path relative to the document: no scheme, no leading `/`, `#`, `?` or `\`. */
export function isRelativeReference(url: string): boolean {
  return url !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/#?\\]/.test(url);
}

/** The folder part of a file path: `docs/all.md` → `docs`, `all.md` → ``. */
export function parentFolder(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}

/**
 * Rewrites a relative destination written in a file of `fromDir` so that it points at the same target
 * from a file of `toDir`. Both folders are relative to the same root. Returns undefined when that cannot
 * be worked out (a folder outside the root, or an absolute one), and the destination is then kept.
 *
 * @example rebaseRelativePath("runbooks/oncall.md#paging", "docs", "personas") // "../docs/runbooks/oncall.md#paging"
 */
export function rebaseRelativePath(destination: string, fromDir: string, toDir: string): string | undefined {
  const from = normalizeFolder(fromDir);
  const to = normalizeFolder(toDir);
  if (from === undefined || to === undefined) return undefined;
  if (from.join("/") === to.join("/")) return destination;
  const split = destination.search(/[?#]/);
  const path = split < 0 ? destination : destination.slice(0, split);
  const suffix = split < 0 ? "" : destination.slice(split);
  const target = normalizeSegments([...from, ...path.split("/")]);
  if (target === undefined) return undefined;
  let common = 0;
  while (common < to.length && common < target.length && to[common] === target[common]) common++;
  const rebased = [...to.slice(common).map(() => ".."), ...target.slice(common)].join("/");
  return `${rebased === "" ? "." : rebased}${path.endsWith("/") && !rebased.endsWith("/") ? "/" : ""}${suffix}`;
}

function normalizeFolder(folder: string): string[] | undefined {
  if (folder.startsWith("/") || /^[a-z]:/i.test(folder)) return undefined;
  return normalizeSegments(folder.split("/"));
}

/** Resolves `.` and `..`; undefined when `..` would climb above the root. */
function normalizeSegments(segments: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") out.push(segment);
    else if (out.pop() === undefined) return undefined;
  }
  return out;
}
