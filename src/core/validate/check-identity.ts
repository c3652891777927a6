import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Persona } from "../persona/persona.js";
import type { CheckedDoc, RuleContext } from "./rule-context.js";

/**
 * Ids must be unique, and no id, name or alias may stand for two personas: routing an issue labelled
 * "SRE" or a survey answer "Data Scientist" must lead to exactly one persona. Each file involved gets
 * its own diagnostic naming the others, so a pull request touching either one is annotated.
 */
export function checkDuplicateIds(ctx: RuleContext): Diagnostic[] {
  const byId = groupBy(ctx.docs, (doc) => doc.id);
  const out: Diagnostic[] = [];
  for (const [id, docs] of byId) {
    if (docs.length < 2) continue;
    for (const doc of docs) {
      const others = describeOthers(docs, (d) => d !== doc, docs.length - 1, (d) => d.file);
      out.push(
        diagnostic({
          file: doc.file,
          line: doc.persona?.keyLines.id ?? 1,
          column: 1,
          severity: "error",
          rule: "duplicate-id",
          message: `id \`${id}\` is also used by ${others}`,
          suggestion: "give one of them a different `id:` (or file name)",
        }),
      );
    }
  }
  return out;
}

interface NameUse {
  persona: Persona;
  kind: "id" | "name" | "alias";
  written: string;
}

export function checkNameCollisions(ctx: RuleContext): Diagnostic[] {
  const uses = new Map<string, NameUse[]>();
  for (const persona of ctx.personas) {
    const own = new Set<string>();
    const add = (kind: NameUse["kind"], written: string) => {
      const key = normalizeName(written);
      if (key === "" || own.has(key)) return;
      own.add(key);
      const list = uses.get(key);
      if (list) list.push({ persona, kind, written });
      else uses.set(key, [{ persona, kind, written }]);
    };
    // The name first: when id and name read the same, the name is what people wrote and recognise.
    add("name", persona.name);
    add("id", persona.id);
    for (const alias of persona.aliases) add("alias", alias);
  }
  const out: Diagnostic[] = [];
  for (const list of uses.values()) {
    if (list.length < 2) continue;
    const perId = new Map<string, number>();
    for (const use of list) perId.set(use.persona.id, (perId.get(use.persona.id) ?? 0) + 1);
    for (const use of list) {
      // Docs sharing an id are reported by duplicate-id, not again here.
      const isOther = (o: NameUse) => o.persona.id !== use.persona.id;
      const otherCount = list.length - perId.get(use.persona.id)!;
      if (otherCount > 0) out.push(collision(use, describeOthers(list, isOther, otherCount, (o) => `the ${o.kind} of ${o.persona.file}`)));
    }
  }
  return out;
}

function collision(use: NameUse, where: string): Diagnostic {
  const key = use.kind === "alias" ? "aliases" : use.kind;
  return diagnostic({
    file: use.persona.file,
    line: use.persona.keyLines[key] ?? 1,
    column: 1,
    severity: "error",
    rule: "name-collision",
    message: `${use.kind} "${use.written}" is also ${where}, so it would be ambiguous which persona it means`,
    suggestion: `rename or remove one of them`,
  });
}

/** Case, surrounding space and runs of spaces do not make two names different to a reader. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

const MAX_NAMED = 3;

/** "a, b and c", or "a, b, c and 7 more" when many docs share a name (linear in the group size). */
function describeOthers<T>(group: readonly T[], isOther: (item: T) => boolean, otherCount: number, describe: (item: T) => string): string {
  const named: string[] = [];
  for (const item of group) {
    if (named.length === MAX_NAMED) break;
    if (isOther(item)) named.push(describe(item));
  }
  const rest = otherCount - named.length;
  if (rest > 0) return `${named.join(", ")} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : (named[0] ?? "");
}

function groupBy(docs: readonly CheckedDoc[], key: (doc: CheckedDoc) => string): Map<string, CheckedDoc[]> {
  const groups = new Map<string, CheckedDoc[]>();
  for (const doc of docs) {
    const k = key(doc);
    const list = groups.get(k);
    if (list) list.push(doc);
    else groups.set(k, [doc]);
  }
  return groups;
}
