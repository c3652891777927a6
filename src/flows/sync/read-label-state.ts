import type { Config } from "../../core/config/config-schema.js";
import type { Persona } from "../../core/persona/persona.js";
import type { LabelSpec } from "../../core/plan/operation.js";
import { desiredLabels } from "../../core/sync/desired-labels.js";
import type { LabelsGateway } from "../../github/gateway.js";

/**
 * How many issues carry each label the config asks to delete, for the labels that exist and that the
 * sync does not manage (a managed label is never deleted, so counting its issues would be wasted).
 * One request per such label; none at all when `labels.delete` is empty, as it usually is.
 */
export async function countLabelUsage(
  labels: Pick<LabelsGateway, "countIssues">,
  current: readonly LabelSpec[],
  personas: readonly Persona[],
  config: Pick<Config, "labels">,
): Promise<Record<string, number>> {
  const managed = new Set(desiredLabels(personas, config).map((label) => label.name.toLowerCase()));
  const existing = new Map(current.map((label) => [label.name.toLowerCase(), label.name] as const));
  const names = new Set<string>();
  for (const listed of config.labels.delete) {
    const name = existing.get(listed.toLowerCase());
    if (name !== undefined && !managed.has(name.toLowerCase())) names.add(name);
  }
  const usage: Record<string, number> = {};
  for (const name of names) usage[name] = await labels.countIssues(name);
  return usage;
}
