import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { AnchorTarget } from "./anchor-targets.js";
import type { SourceLink } from "./find-links.js";
import { isRelativeReference, rebaseRelativePath } from "./rebase-path.js";
import type { TextEdit } from "./text-edits.js";

/**
 * The destination an in-page anchor gets in the file of persona `currentId`: a relative link to the
 * other persona's file (with the anchor recomputed for that file), or a plain anchor when it points
 * into the same persona. Undefined when the anchor has no new home and must stay as written.
 */
export function rewriteAnchor(fragment: string, targets: ReadonlyMap<string, AnchorTarget>, currentId: string): string | undefined {
  const target = targets.get(fragment);
  if (target?.kind !== "persona") return undefined;
  if (target.slug === undefined) return `${target.personaId}.md`;
  return target.personaId === currentId ? `#${target.slug}` : `${target.personaId}.md#${target.slug}`;
}

/** Edits that rewrite the in-page anchors among the given links, seen from persona `currentId`'s file. */
export function rewriteLinks(links: readonly SourceLink[], targets: ReadonlyMap<string, AnchorTarget>, currentId: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const link of links) {
    if (link.fragment === undefined || link.destination === undefined) continue;
    const destination = rewriteAnchor(link.fragment, targets, currentId);
    if (destination !== undefined) edits.push({ ...link.destination, text: destination });
  }
  return edits;
}

/**
 * Edits that keep relative links and images pointing at the same files once the text moves from a
 * document in `fromDir` to a persona file in `toDir` (`runbooks/x.md` → `../docs/runbooks/x.md`).
 * The destination is rewritten as written, so its percent-encoding and escapes are kept.
 */
export function rebaseLinks(links: readonly SourceLink[], source: string, fromDir: string, toDir: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const link of links) {
    if (link.fragment !== undefined || link.destination === undefined || !isRelativeReference(link.url)) continue;
    const written = source.slice(link.destination.start, link.destination.end);
    const rebased = rebaseRelativePath(written, fromDir, toDir);
    if (rebased !== undefined && rebased !== written) edits.push({ ...link.destination, text: rebased });
  }
  return edits;
}

/**
 * A warning for an anchor that cannot be carried over: it points at no heading of the source (with the
 * nearest real anchor as a suggestion), or at a heading that is not imported. Either way the link is kept
 * as written, so nothing is silently lost.
 */
export function checkAnchor(link: SourceLink, targets: ReadonlyMap<string, AnchorTarget>, sourceFile: string): Diagnostic | undefined {
  if (link.fragment === undefined) return undefined;
  const target = targets.get(link.fragment);
  if (target?.kind === "persona") return undefined;
  const at = { file: sourceFile, line: link.line, column: link.column, severity: "warning" as const };
  if (target === undefined) {
    const near = closestMatch(link.fragment, targets.keys());
    return diagnostic({
      ...at,
      rule: "broken-anchor",
      message: `the link to "#${link.fragment}" points to no heading in ${sourceFile}; it was kept as written`,
      suggestion: near === undefined ? undefined : `did you mean #${near}?`,
    });
  }
  return diagnostic({
    ...at,
    rule: "anchor-not-imported",
    message:
      `the link to "#${link.fragment}" points to "${target.heading}", which is not part of any persona; ` +
      "it was kept as written and will not resolve in the new file",
    suggestion: "link to a persona file instead, or remove the link",
  });
}
