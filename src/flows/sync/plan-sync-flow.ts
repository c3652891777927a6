import type { Config } from "../../core/config/config-schema.js";
import { managedFiles } from "../../core/sync/managed-files.js";
import { planSync } from "../../core/sync/plan-sync.js";
import type { ValidationReport } from "../../core/validation-report.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { validateLocal } from "../validate-local.js";
import { markLabelsUnchecked } from "./mark-labels-unchecked.js";
import { openCheckout } from "./open-checkout.js";
import { openGitHubTree } from "./open-github-tree.js";
import { countLabelUsage } from "./read-label-state.js";
import { decodeFiles, type RepoReader } from "./repo-reader.js";
import type { PlanSyncRequest, RepoSource, SyncPlanResult } from "./sync-request.js";
import { startCounting } from "./sync-stats.js";
import { validateFromReader } from "./validate-from-reader.js";

interface LoadedRepository {
  report: ValidationReport;
  /** Where the managed files were read from, with the ones that exist already read. */
  files: { reader: RepoReader; contents: ReadonlyMap<string, Uint8Array> };
}

/**
 * Plans the sync of one repository: validate the persona docs, read the current labels and managed
 * files, and compute the operations. Refuses to plan when the docs have errors, since the plan would be
 * built on broken docs; the result then carries the diagnostics to fix first. Writes nothing.
 */
export async function planRepositorySync(request: PlanSyncRequest): Promise<SyncPlanResult> {
  const gateway = request.mode === "online" ? request.gateway : undefined;
  const stats = startCounting(gateway);
  // The label list does not depend on the docs, so it is fetched while they are read.
  const labels = gateway === undefined ? undefined : settle(gateway.labels.list());
  const docs: RepoSource = request.mode === "online" ? request.docs : { kind: "checkout", root: request.root };
  const files: RepoSource = request.mode === "online" ? request.files : docs;
  const loaded = await loadRepository(gateway, docs, files, request.configPath);
  const { report } = loaded;
  if (report.counts.errors > 0) {
    await labels;
    return { status: "invalid", report, stats: stats() };
  }
  const current = currentFiles(report.config, loaded.files.reader, loaded.files.contents);
  if (gateway === undefined || labels === undefined) {
    const plan = planSync({ personas: report.personas, config: report.config, current: { ...current, labels: [] } });
    return { status: "planned", report, plan: markLabelsUnchecked(plan, report.personas, report.config), labelsChecked: false, stats: stats() };
  }
  const currentLabels = unwrap(await labels);
  const labelUsage = await countLabelUsage(gateway.labels, currentLabels, report.personas, report.config);
  const plan = planSync({ personas: report.personas, config: report.config, current: { ...current, labels: currentLabels }, labelUsage });
  return { status: "planned", report, plan, labelsChecked: true, stats: stats() };
}

/** Validates the docs and reads the managed files, sharing one tree listing when both come from GitHub. */
async function loadRepository(gateway: GitHubGateway | undefined, docs: RepoSource, files: RepoSource, configPath: string | undefined): Promise<LoadedRepository> {
  if (docs.kind === "github" && files.kind === "github" && docs.ref === files.ref) {
    const reader = await openSource(gateway, files);
    const validated = await validateFromReader(reader, { configPath, alsoRead: (config) => managedFiles(config, reader.paths) });
    return { report: validated.report, files: { reader, contents: validated.extra } };
  }
  const [report, filesReader] = await Promise.all([validateSource(gateway, docs, configPath), openSource(gateway, files)]);
  const contents = await filesReader.read(managedFiles(report.config, filesReader.paths));
  return { report, files: { reader: filesReader, contents } };
}

async function validateSource(gateway: GitHubGateway | undefined, source: RepoSource, configPath: string | undefined): Promise<ValidationReport> {
  if (source.kind === "checkout") return validateLocal(source.root, configPath === undefined ? {} : { configPath });
  return (await validateFromReader(await openSource(gateway, source), { configPath })).report;
}

async function openSource(gateway: GitHubGateway | undefined, source: RepoSource): Promise<RepoReader> {
  if (source.kind === "checkout") return openCheckout(source.root);
  if (gateway === undefined) throw new Error("Reading a repository from GitHub needs a gateway (planRepositorySync in online mode).");
  return openGitHubTree(gateway, source.ref);
}

/** Every managed file the plan may write: its text, or undefined when the repository lacks it. */
function currentFiles(config: Config, reader: RepoReader, contents: ReadonlyMap<string, Uint8Array>) {
  const texts = decodeFiles(contents);
  const files = new Map<string, string | undefined>();
  for (const path of managedFiles(config, reader.paths)) {
    // A path that exists but could not be read (a symbolic link) stays out of the map, so the plan leaves it alone.
    if (texts.has(path)) files.set(path, texts.get(path));
    else if (!reader.paths.has(path)) files.set(path, undefined);
  }
  return { files, paths: reader.paths };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Starts a request now and keeps its failure for when the result is needed, so it is never unhandled. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (!settled.ok) throw settled.error;
  return settled.value;
}
