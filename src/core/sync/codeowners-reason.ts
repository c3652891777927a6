import { parseCodeownersLine } from "./codeowners-pattern.js";
import type { CodeownersMerge } from "./merge-codeowners.js";
import type { CodeownersBlock } from "./render-codeowners-block.js";

/**
 * Why CODEOWNERS changes, counted in rules rather than lines: "CODEOWNERS block out of date: 1 rule
 * added, 2 changed". A rule is identified by its pattern; a changed rule has new owners.
 */
export function codeownersReason(merge: CodeownersMerge, block: CodeownersBlock): string {
  const rules = `${block.rules.length} rule${block.rules.length === 1 ? "" : "s"}`;
  if (merge.status === "created") return `new CODEOWNERS with the persona-governance block: ${rules}`;
  if (merge.status !== "replaced" || merge.previousRules === undefined) return `CODEOWNERS gains the persona-governance block: ${rules}`;
  const before = new Map(merge.previousRules.map((rule) => [rule.pattern, rule.owners.join(" ")]));
  const after = new Map(
    block.lines.map(parseCodeownersLine).filter((rule) => rule !== undefined).map((rule) => [rule.pattern, rule.owners.join(" ")]),
  );
  const added = [...after.keys()].filter((pattern) => !before.has(pattern)).length;
  const removed = [...before.keys()].filter((pattern) => !after.has(pattern)).length;
  const changed = [...after].filter(([pattern, owners]) => before.has(pattern) && before.get(pattern) !== owners).length;
  const parts = ([[added, "added"], [changed, "changed"], [removed, "removed"]] as const)
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} rule${n === 1 ? "" : "s"} ${what}`);
  if (parts.length === 0) return "CODEOWNERS block out of date: comments or order changed";
  return `CODEOWNERS block out of date: ${parts.join(", ")}`;
}
