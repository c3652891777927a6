import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { RuleContext } from "./rule-context.js";

/**
 * Workflow maps use the organisation's vocabulary: phases from the configuration (default or extra),
 * and, when the settings file keeps a tools registry, tools from it. An unknown phase is an error
 * because survey and routing features key on phases; an unregistered tool is a warning, since a new tool
 * may simply not be registered yet.
 */
export function checkWorkflowPhases(ctx: RuleContext): Diagnostic[] {
  const ids = new Set(ctx.phases.map((p) => p.id));
  const candidates = ctx.phases.map((p) => p.id);
  const out: Diagnostic[] = [];
  for (const persona of ctx.personas) {
    for (const step of persona.workflow) {
      if (ids.has(step.phase)) continue;
      const near = closestMatch(step.phase, candidates);
      out.push(
        diagnostic({
          file: persona.file,
          line: step.line,
          column: step.column,
          severity: "error",
          rule: "unknown-phase",
          message: `unknown workflow phase "${step.phase}"`,
          suggestion: near ? `did you mean \`${near}\`?` : "use a phase id from the configuration, or add it under `phases.extra` in the settings file",
        }),
      );
    }
  }
  return out;
}

export function checkWorkflowTools(ctx: RuleContext): Diagnostic[] {
  if (ctx.config.tools.length === 0) return [];
  const known = new Map<string, string>();
  for (const tool of ctx.config.tools) {
    for (const name of [tool.name, ...tool.aliases]) known.set(name.toLowerCase(), tool.name);
  }
  const names = ctx.config.tools.map((t) => t.name);
  const out: Diagnostic[] = [];
  for (const persona of ctx.personas) {
    for (const step of persona.workflow) {
      for (const tool of step.tools) {
        if (known.has(tool.toLowerCase())) continue;
        const near = closestMatch(tool, names);
        out.push(
          diagnostic({
            file: persona.file,
            line: step.line,
            column: step.column,
            severity: "warning",
            rule: "unknown-tool",
            message: `tool "${tool}" (phase ${step.phase}) is not in the tools registry`,
            suggestion: near ? `did you mean "${near}"? Otherwise add it to \`tools\` in the settings file` : "add it to `tools` in the settings file, or use the registry's name for it",
          }),
        );
      }
    }
  }
  return out;
}
