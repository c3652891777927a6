import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { PersonaLink } from "../persona/persona.js";
import { createRepoIndex, type RepoIndex } from "./repo-index.js";
import { directoryOf, relativeLink, resolveLink } from "./resolve-link.js";
import type { CheckedDoc, RuleContext } from "./rule-context.js";

/**
 * Relative links must lead to a file in the repository, and their `#anchor` to a heading of the target
 * doc, with anchors computed as GitHub computes them. Anchors are checked in persona docs (the ones
 * whose headings we know), including links within the same doc.
 */
interface LinkScope {
  index: RepoIndex;
  slugsOf(file: string): ReadonlySet<string> | undefined;
  personaFiles: readonly string[];
}

// Browsers scroll to the top for `#top` when no element has that id.
const ALWAYS_VALID_ANCHORS = new Set(["", "top"]);

export function checkLinks(ctx: RuleContext): Diagnostic[] {
  const scope = createScope(ctx);
  const out: Diagnostic[] = [];
  for (const doc of ctx.docs) {
    for (const link of doc.body?.links ?? []) {
      const found = checkLink(doc, link, scope);
      if (found) out.push(found);
    }
  }
  return out;
}

function createScope(ctx: RuleContext): LinkScope {
  const byFile = new Map<string, CheckedDoc>(ctx.docs.map((doc) => [doc.file, doc]));
  const slugs = new Map<string, ReadonlySet<string>>();
  return {
    index: createRepoIndex(ctx.snapshot),
    personaFiles: ctx.docs.map((doc) => doc.file),
    slugsOf(file) {
      const body = byFile.get(file)?.body;
      if (!body) return undefined;
      let set = slugs.get(file);
      if (!set) slugs.set(file, (set = new Set(body.sections.map((s) => s.slug))));
      return set;
    },
  };
}

function checkLink(doc: CheckedDoc, link: PersonaLink, scope: LinkScope): Diagnostic | undefined {
  const target = resolveLink(doc.file, link.url);
  if (target.kind === "external") return undefined;
  if (target.kind === "outside") {
    return report(doc, link, "broken-link", `link \`${link.url}\` points outside the repository`, "link to a file inside the repository, or use a full https:// URL");
  }
  if (target.kind === "same-file") return checkAnchor(doc, link, doc.file, target.fragment, scope);
  if (!scope.index.exists(target.path)) {
    const near = nearPath(target.path, doc.file, scope);
    const hash = target.fragment === "" ? "" : `#${target.fragment}`;
    return report(
      doc,
      link,
      "broken-link",
      `link \`${link.url}\` points to \`${target.path}\`, which does not exist`,
      near ? `did you mean \`${relativeLink(directoryOf(doc.file), near)}${hash}\`?` : "fix the path, or remove the link",
    );
  }
  return checkAnchor(doc, link, target.path, target.fragment, scope);
}

function checkAnchor(doc: CheckedDoc, link: PersonaLink, targetFile: string, fragment: string, scope: LinkScope): Diagnostic | undefined {
  if (ALWAYS_VALID_ANCHORS.has(fragment.toLowerCase())) return undefined;
  const slugs = scope.slugsOf(targetFile);
  if (!slugs || slugs.has(fragment)) return undefined;
  const near = slugs.has(fragment.toLowerCase()) ? fragment.toLowerCase() : closestMatch(fragment, slugs);
  const hash = link.url.indexOf("#");
  const prefix = hash === -1 ? link.url : link.url.slice(0, hash);
  const where = targetFile === doc.file ? "this document" : `\`${targetFile}\``;
  return report(
    doc,
    link,
    "broken-anchor",
    `link \`${link.url}\`: ${where} has no heading with the anchor \`#${fragment}\``,
    near ? `did you mean \`${prefix}#${near}\`?` : "link to one of the target's headings (its text in lower case, spaces as hyphens)",
  );
}

/** A near miss in the same directory (other than the linking doc), or a persona doc of the same name elsewhere. */
function nearPath(path: string, from: string, scope: LinkScope): string | undefined {
  const directory = directoryOf(path);
  const name = path.slice(path.lastIndexOf("/") + 1);
  const self = directoryOf(from) === directory ? from.slice(from.lastIndexOf("/") + 1) : undefined;
  const near = closestMatch(name, scope.index.filesIn(directory).filter((file) => file !== self));
  if (near) return directory === "" ? near : `${directory}/${near}`;
  return scope.personaFiles.find((file) => file.endsWith(`/${name}`) || file === name);
}

function report(doc: CheckedDoc, link: PersonaLink, rule: string, message: string, suggestion: string): Diagnostic {
  return diagnostic({ file: doc.file, line: link.line, column: link.column, severity: "error", rule, message, suggestion });
}
