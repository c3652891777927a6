import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { DEFAULT_CONFIG_PATH } from "../core/config/parse-config.js";
import type { RepoSnapshot } from "../core/repo/repo-snapshot.js";
import { directoryPrefix, findPersonaFiles } from "../core/validate/find-persona-files.js";
import { MAX_CONFIG_BYTES, readRepositoryConfig } from "../core/validate/read-repository-config.js";
import { nodeFiles, type LocalFiles } from "./local-files.js";

export interface LocalSnapshotOptions {
  /** The settings file, relative to `root` or absolute; defaults to `.github/persona-governance.yml`. */
  configPath?: string;
  files?: LocalFiles;
}

/** Directories that never hold persona docs or link targets worth walking. */
const SKIPPED_DIRECTORIES = new Set([".git", "node_modules"]);
const READ_CONCURRENCY = 32;
const QUESTION_FILE = /\.ya?ml$/i;

/**
 * Reads a checkout into a snapshot: every path (for link checks), and the contents of the settings
 * file, the persona docs and the survey question files. Symbolic links are listed but never followed
 * or read, so a pull request cannot make the validator read a file outside the checkout. Persona docs
 * past `personas.maxFiles` are listed but not read, and no file is read past the size limit the
 * validator would reject anyway.
 */
export async function readLocalSnapshot(root: string, options: LocalSnapshotOptions = {}): Promise<RepoSnapshot> {
  const fs = options.files ?? nodeFiles;
  const listing = await walk(root, fs);
  const paths = new Set(listing.files);
  for (const link of listing.symlinks) paths.add(link);
  const files = new Map<string, Uint8Array>();
  const configKey = configKeyFor(root, options.configPath ?? DEFAULT_CONFIG_PATH);
  // The default settings file comes from the checkout, which a pull request controls: read it only if
  // the walk found it as a regular file, so a symbolic link cannot make us read (and quote) another file.
  // A path the user names is read as given.
  if (options.configPath !== undefined || listing.files.includes(configKey)) {
    const configBytes = await fs.read(isAbsolute(configKey) ? configKey : join(root, configKey), MAX_CONFIG_BYTES + 1);
    if (configBytes) files.set(configKey, configBytes);
  }
  const { config } = readRepositoryConfig({ paths, files }, options.configPath === undefined ? undefined : configKey);
  const regular = { paths: new Set(listing.files), files: new Map<string, Uint8Array>() };
  const docs = findPersonaFiles(regular, config.personas.path).slice(0, config.personas.maxFiles);
  const questionsPrefix = directoryPrefix(config.survey.questionsPath);
  const questions = listing.files.filter((path) => path.startsWith(questionsPrefix) && QUESTION_FILE.test(path)).slice(0, config.personas.maxFiles);
  await readAll(root, fs, [...docs, ...questions], config.personas.maxFileBytes + 1, files);
  return { paths, files };
}

/**
 * The key under which the settings file goes into the snapshot: repository-relative when it is inside
 * `root`, else its absolute path (so diagnostics name the file the user passed).
 */
export function configKeyFor(root: string, configPath: string): string {
  const absolute = resolve(root, configPath);
  const inside = relative(resolve(root), absolute);
  if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) return inside.split(sep).join("/");
  return absolute.split(sep).join("/");
}

interface Listing {
  files: string[];
  symlinks: string[];
}

async function walk(root: string, fs: LocalFiles): Promise<Listing> {
  const listing: Listing = { files: [], symlinks: [] };
  const pending = [""];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    let entries;
    try {
      entries = await fs.list(directory === "" ? root : join(root, directory));
    } catch (error) {
      // The root itself must be readable; an unreadable subdirectory is left out like an ignored one.
      if (directory === "") throw error;
      continue;
    }
    for (const entry of entries) {
      const path = directory === "" ? entry.name : `${directory}/${entry.name}`;
      if (entry.isSymbolicLink()) listing.symlinks.push(path);
      else if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
      } else if (entry.isFile()) listing.files.push(path);
    }
  }
  return listing;
}

async function readAll(root: string, fs: LocalFiles, paths: readonly string[], maxBytes: number, into: Map<string, Uint8Array>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const bytes = await fs.read(join(root, path), maxBytes);
      if (bytes) into.set(path, bytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
}
