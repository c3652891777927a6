/**
 * Where a link in a repository file points, the way GitHub resolves relative links when it renders
 * Markdown: relative to the file's directory, `/…` relative to the repository root, percent-escapes
 * decoded, `?query` ignored. Absolute URLs (`https:`, `mailto:`, `//host`) are not files.
 */
export type LinkTarget =
  | { kind: "external" }
  | { kind: "same-file"; fragment: string }
  | { kind: "file"; path: string; fragment: string }
  | { kind: "outside" };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function resolveLink(fromFile: string, url: string): LinkTarget {
  const trimmed = url.trim();
  if (SCHEME.test(trimmed) || trimmed.startsWith("//")) return { kind: "external" };
  const hash = trimmed.indexOf("#");
  const beforeHash = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? "" : decode(trimmed.slice(hash + 1));
  const query = beforeHash.indexOf("?");
  const rawPath = decode(query === -1 ? beforeHash : beforeHash.slice(0, query));
  if (rawPath === "") return { kind: "same-file", fragment };
  const base = rawPath.startsWith("/") ? [] : directoryOf(fromFile).split("/").filter(Boolean);
  const path = normalizeSegments([...base, ...rawPath.split("/")]);
  return path === undefined ? { kind: "outside" } : { kind: "file", path, fragment };
}

/** `personas/sre.md` → `personas`; `README.md` → ``. */
export function directoryOf(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}

/** The relative link from a file in `fromDir` to `to`, as a person would write it. */
export function relativeLink(fromDir: string, to: string): string {
  const from = fromDir.split("/").filter(Boolean);
  const target = to.split("/");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

/** Applies `.` and `..`; undefined when `..` climbs above the root. */
function normalizeSegments(segments: readonly string[]): string | undefined {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return out.join("/");
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` is taken literally, as browsers do.
    return text;
  }
}
