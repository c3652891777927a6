import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { Persona } from "../persona/persona.js";
import type { RuleContext } from "./rule-context.js";

/**
 * `parent` makes a sub-persona. The parent must exist (any doc's id counts, even one whose front matter
 * has other problems, so one mistake is not reported twice), and the parent chain must end.
 */
export function checkUnknownParents(ctx: RuleContext): Diagnostic[] {
  const known = new Set(ctx.docs.map((doc) => doc.id));
  const out: Diagnostic[] = [];
  for (const persona of ctx.personas) {
    if (persona.parent === undefined || known.has(persona.parent)) continue;
    const near = closestMatch(persona.parent, known);
    out.push(
      diagnostic({
        file: persona.file,
        line: persona.keyLines.parent ?? 1,
        column: 1,
        severity: "error",
        rule: "unknown-parent",
        message: `parent \`${persona.parent}\` is not the id of any persona`,
        suggestion: near ? `did you mean \`${near}\`?` : "use the id of an existing persona (its file name without .md, or its `id:`)",
      }),
    );
  }
  return out;
}

/** Reports each persona on a cycle once, naming the whole cycle. Linear in the number of personas. */
export function checkParentCycles(ctx: RuleContext): Diagnostic[] {
  const byId = new Map<string, Persona>();
  for (const persona of ctx.personas) if (!byId.has(persona.id)) byId.set(persona.id, persona);
  const state = new Map<string, "walking" | "done">();
  const out: Diagnostic[] = [];
  for (const start of byId.values()) {
    const path: Persona[] = [];
    let current: Persona | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, "walking");
      path.push(current);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
    if (current && state.get(current.id) === "walking") {
      const cycle = path.slice(path.indexOf(current));
      out.push(...cycle.map((member) => cycleDiagnostic(member, cycle)));
    }
    for (const walked of path) state.set(walked.id, "done");
  }
  return out;
}

function cycleDiagnostic(member: Persona, cycle: readonly Persona[]): Diagnostic {
  const from = cycle.indexOf(member);
  const chain = [...cycle.slice(from), ...cycle.slice(0, from), member].map((p) => p.id).join(" → ");
  return diagnostic({
    file: member.file,
    line: member.keyLines.parent ?? 1,
    column: 1,
    severity: "error",
    rule: "parent-cycle",
    message: cycle.length === 1 ? `persona \`${member.id}\` is its own parent` : `parents form a cycle: ${chain}`,
    suggestion: "remove `parent` from one persona in the cycle",
  });
}
