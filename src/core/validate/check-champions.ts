import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RuleContext } from "./rule-context.js";

/**
 * An active persona needs someone to own it: champions review its doc, answer its questions and
 * analyse its survey results. Drafts and retired personas may have none. Malformed handles are reported
 * while parsing, by `champion-malformed`.
 */
export function checkChampions(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const persona of ctx.personas) {
    if (persona.status !== "active" || persona.champions.length > 0) continue;
    out.push(
      diagnostic({
        file: persona.file,
        line: persona.keyLines.champions ?? persona.keyLines.status ?? persona.keyLines.name ?? 1,
        column: 1,
        severity: "error",
        rule: "champions-missing",
        message: `active persona \`${persona.id}\` has no champions`,
        suggestion: 'add `champions: ["@user"]` (a person or `@org/team` in this persona), or set `status: draft`',
      }),
    );
  }
  return out;
}
