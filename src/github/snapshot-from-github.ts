import type { Config } from "../core/config/config-schema.js";
import { DEFAULT_CONFIG_PATH } from "../core/config/parse-config.js";
import type { RepoSnapshot } from "../core/repo/repo-snapshot.js";
import type { FileContent, GitHubGateway, TreeFile } from "./gateway.js";
import { mapWithConcurrency } from "./map-with-concurrency.js";

/** Which files of a repository a snapshot reads; every other path is only listed. */
export interface SnapshotRequest {
  /** Branch, tag or commit; the default branch when omitted. */
  ref?: string;
  /** Directories read in full, e.g. the persona docs and the survey questions. */
  directories: readonly string[];
  /** Single files read when they exist, e.g. the settings file, CODEOWNERS, generated files. */
  files: readonly string[];
  /** Only files with these endings are read from `directories` (all when omitted). */
  extensions?: readonly string[];
}

/** Blob reads in flight at once. */
const BLOB_CONCURRENCY = 8;

/** The snapshot request for the validator: the settings file, the persona docs and the survey questions. */
export function snapshotRequestFor(config: Config, configPath: string = DEFAULT_CONFIG_PATH): SnapshotRequest {
  return {
    directories: [config.personas.path, config.survey.questionsPath],
    files: [configPath],
    extensions: [".md", ".markdown", ".yml", ".yaml", ".json"],
  };
}

/**
 * Builds the core's `RepoSnapshot` from GitHub in as few requests as the API allows: the tree once
 * (which also tells which files exist, so no request is spent on a 404), then one blob request per file
 * actually needed, a few at a time. Blobs are addressed by SHA, so they can be fetched in parallel and
 * cached forever by the caller.
 */
export async function snapshotFromGitHub(gateway: GitHubGateway, request: SnapshotRequest): Promise<RepoSnapshot> {
  const tree = await gateway.repo.listTree(request.ref);
  const wanted = tree.filter((file) => isWanted(file, request));
  const contents = await mapWithConcurrency(wanted, BLOB_CONCURRENCY, (file): Promise<FileContent> => gateway.repo.readBlob(file.sha, file.path));
  return {
    paths: new Set(tree.map((file) => file.path)),
    files: new Map(contents.map((file) => [file.path, file.bytes] as const)),
  };
}

function isWanted(file: TreeFile, request: SnapshotRequest): boolean {
  // Symbolic links (mode 120000) hold a target path, not content the core could read.
  if (file.mode === "120000") return false;
  if (request.files.includes(file.path)) return true;
  const extensions = request.extensions;
  if (extensions !== undefined && !extensions.some((ending) => file.path.toLowerCase().endsWith(ending))) return false;
  return request.directories.some((directory) => {
    const prefix = directory.replace(/^\.?\/+/, "").replace(/\/+$/, "");
    return prefix === "" || file.path.startsWith(`${prefix}/`);
  });
}
