/**
 * CODEOWNERS patterns, as GitHub reads them. They follow most gitignore rules, with differences that
 * matter here, which is why neither `ignore` nor picomatch is used directly:
 * - a pattern with no slash except a trailing one (`*.md`, `apps/`) matches at any depth;
 *   any other slash anchors it at the repository root;
 * - a trailing slash matches everything below a directory, never a file of that name;
 * - a name without a trailing slash (`/docs`) matches the file or everything below the directory;
 * - a final lone `*` (`docs/*`) matches the entries directly inside, not deeper files (gitignore,
 *   and so the `ignore` package, would also match `docs/a/b.md` because it ignores `docs/a`);
 * - `*` and `?` never cross a `/`; `**` spans any number of directories;
 * - `\` escapes the next character (`\ ` for a space, `\#` for a hash); no `!` negation, no `[a-z]`.
 */

/** Compiles a pattern into a regular expression over repository-relative paths (no leading slash). */
export function compileCodeownersPattern(pattern: string): RegExp {
  if (pattern === "" || pattern === "/") return /^(?!)/;
  const segments = pattern.split("/");
  if (segments[0] === "") segments.shift();
  else if ((segments.length === 1 || (segments.length === 2 && segments[1] === "")) && segments[0] !== "**") segments.unshift("**");
  if (segments.length > 1 && segments[segments.length - 1] === "") segments[segments.length - 1] = "**";
  let source = "";
  let needSlash = false;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "**") {
      if (index === 0) source += last ? ".+" : "(?:.+/)?";
      else source += last ? "/.*" : "(?:/.+)?";
      needSlash = index !== 0;
      return;
    }
    if (needSlash) source += "/";
    // A lone `*` names exactly one entry; any other final segment also covers what lies below it.
    source += segment === "*" ? "[^/]+" : `${translateSegment(segment)}${last ? "(?:/.*)?" : ""}`;
    needSlash = true;
  });
  return new RegExp(`^${source}$`, "u");
}

/** Whether `path` (repository-relative, no leading slash) is owned by a rule with this pattern. */
export function matchesCodeownersPattern(pattern: string, path: string): boolean {
  return compileCodeownersPattern(pattern).test(path);
}

/** A file path as a literal pattern anchored at the root: `/personas/on\ call.md`. */
export function literalCodeownersPattern(path: string): string {
  return `/${path.replace(/^\/+/, "").replace(/[ #*?\\]/g, (character) => `\\${character}`)}`;
}

/**
 * A pattern someone wrote (a persona's `paths` entry) anchored at the repository root, with spaces
 * and hashes escaped unless they already are; wildcards are kept.
 */
export function anchorCodeownersPattern(pattern: string): string {
  const escaped = pattern.trim().replace(/\\.|[ #]/g, (match) => (match.length === 2 ? match : `\\${match}`));
  return `/${escaped.replace(/^(?:\.\/)+/, "").replace(/^\/+/, "")}`;
}

/** Whether a pattern names one path exactly (no unescaped `*` or `?`). */
export function isLiteralPattern(pattern: string): boolean {
  return !/(?:^|[^\\])(?:\\\\)*[*?]/.test(pattern);
}

/** The path a literal pattern names, without its leading slash and escapes. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/^\/+/, "").replace(/\\(.)/g, "$1");
}

/** A rule line: its pattern and owners. Comments, blank lines and owner-less lines give undefined. */
export function parseCodeownersLine(line: string): { pattern: string; owners: string[] } | undefined {
  const text = line.replace(/\r$/, "").trim();
  if (text === "" || text.startsWith("#")) return undefined;
  const match = /^((?:\\.|\S)+)(.*)$/u.exec(text);
  if (!match) return undefined;
  const owners: string[] = [];
  for (const token of (match[2] ?? "").trim().split(/\s+/)) {
    if (token.startsWith("#")) break;
    if (token !== "") owners.push(token);
  }
  return { pattern: match[1] ?? "", owners };
}

function translateSegment(segment: string): string {
  let out = "";
  for (let index = 0; index < segment.length; index++) {
    const character = segment[index] ?? "";
    if (character === "\\" && index + 1 < segment.length) out += escapeRegExp(segment[++index] ?? "");
    else if (character === "*") out += "[^/]*";
    else if (character === "?") out += "[^/]";
    else out += escapeRegExp(character);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
