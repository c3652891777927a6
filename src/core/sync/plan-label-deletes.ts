import type { Config } from "../config/config-schema.js";
import { DEFAULT_CONFIG_PATH } from "../config/parse-config.js";
import type { LabelOperation, LabelSpec, PlanWarning } from "../plan/operation.js";

/**
 * Deletes for the labels the config lists under `labels.delete`. Deleting a label strips it from every
 * issue, and that cannot be undone, so a label is deleted only when the usage count says no issue
 * carries it; an unknown count is treated as "maybe in use".
 *
 * @param existing the repository's labels, keyed by lower-cased name
 * @param desired lower-cased names of the labels the sync manages: these are never deleted
 * @param renamed lower-cased names this plan renames away, which will no longer exist
 */
export function planLabelDeletes(
  config: Pick<Config, "labels">,
  existing: ReadonlyMap<string, LabelSpec>,
  desired: ReadonlySet<string>,
  renamed: ReadonlySet<string>,
  labelUsage: Readonly<Record<string, number>> | undefined,
): { operations: LabelOperation[]; warnings: PlanWarning[] } {
  const operations: LabelOperation[] = [];
  const warnings: PlanWarning[] = [];
  const warn = (rule: string, message: string) => warnings.push({ file: DEFAULT_CONFIG_PATH, line: 1, rule, message });
  const seen = new Set<string>();
  for (const listed of config.labels.delete) {
    const key = listed.toLowerCase();
    const label = existing.get(key);
    if (seen.has(key) || label === undefined || renamed.has(key)) continue;
    seen.add(key);
    if (desired.has(key)) {
      warn("label-delete-managed", `"${label.name}" is listed under labels.delete but persona-governance manages it, so it is kept; remove it from labels.delete`);
      continue;
    }
    const usage = usageOf(labelUsage, label.name);
    if (usage === undefined) {
      warn("label-delete-usage-unknown", `could not check how many issues use "${label.name}"; not deleted`);
    } else if (usage > 0) {
      const issues = usage === 1 ? "1 issue or pull request uses" : `${usage} issues or pull requests use`;
      warn("label-delete-in-use", `"${label.name}" is listed under labels.delete, but ${issues} it, so it is kept; relabel them first`);
    } else {
      operations.push({ kind: "label", action: "delete", target: label.name, reason: "listed under labels.delete and used by no issue" });
    }
  }
  return { operations, warnings };
}

function usageOf(labelUsage: Readonly<Record<string, number>> | undefined, name: string): number | undefined {
  if (labelUsage === undefined) return undefined;
  if (Object.hasOwn(labelUsage, name)) return labelUsage[name];
  const key = Object.keys(labelUsage).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : labelUsage[key];
}
