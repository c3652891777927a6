import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { LabelSpec, Plan, PlanWarning } from "../plan/operation.js";
import { compareText } from "./compare-text.js";
import { desiredLabels } from "./desired-labels.js";
import { planFiles, type FileState } from "./plan-files.js";
import { planLabels } from "./plan-labels.js";
import type { DirectorySection } from "./render-directory.js";

/** What the repository holds now, as the front ends read it (REST API or a local checkout). */
export interface SyncState extends FileState {
  labels: readonly LabelSpec[];
}

export interface SyncInput {
  /** Validated personas: the sync trusts them and does not re-check the docs. */
  personas: readonly Persona[];
  config: Config;
  current: SyncState;
  /** Issue counts for the labels under `labels.delete`; without them nothing is deleted. */
  labelUsage?: Readonly<Record<string, number>>;
  /** Extra sections for the directory page, from features that build on the sync. */
  directorySections?: readonly DirectorySection[];
}

/**
 * The whole sync as data: label operations (create, rename, update, delete), then file operations by
 * path, each with its reason, and the warnings the user should read. Nothing is written here; the
 * executor applies the plan, and planning again against the state it leaves gives an empty plan.
 *
 * @example
 * const plan = planSync({ personas, config, current: { labels, files, paths } });
 * plan.operations.length === 0 // the repository is in sync
 */
export function planSync(input: SyncInput): Plan {
  const { personas, config, current } = input;
  const labels = planLabels(desiredLabels(personas, config), current.labels, personas, config, input.labelUsage);
  const files = planFiles({
    personas,
    config,
    current,
    ...(input.directorySections === undefined ? {} : { directorySections: input.directorySections }),
  });
  return { operations: [...labels.operations, ...files.operations], warnings: sortWarnings([...labels.warnings, ...files.warnings]) };
}

function sortWarnings(warnings: readonly PlanWarning[]): PlanWarning[] {
  return [...warnings].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.rule, b.rule) || compareText(a.message, b.message),
  );
}
