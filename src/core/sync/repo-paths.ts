/**
 * Path arithmetic on repository-relative paths (forward slashes, no leading slash). The core has no
 * `node:path`, and these paths are never the local file system's anyway.
 */

/** The folder of a path: `personas/sre.md` → `personas`; a top-level file → the empty string. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/**
 * The repository path a relative Markdown link points at, or undefined for links that leave the
 * repository (a scheme such as `https:`, a protocol-relative `//host`, or `..` above the root) and
 * for in-page anchors.
 */
export function resolveLink(fromFile: string, href: string): string | undefined {
  const target = href.replace(/[?#].*$/s, "");
  if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return undefined;
  }
  const start = decoded.startsWith("/") ? [] : folderOf(fromFile).split("/").filter((part) => part !== "");
  const parts = [...start];
  for (const part of decoded.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join("/");
}

/** A relative link from a file in `fromFolder` to `toFile`, each segment percent-encoded. */
export function relativeLink(fromFolder: string, toFile: string): string {
  const from = fromFolder.split("/").filter((part) => part !== "");
  const to = toFile.split("/").filter((part) => part !== "");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.slice(common).map(() => "..");
  return [...ups, ...to.slice(common)].map((part) => (part === ".." ? part : encodeURIComponent(part))).join("/");
}
