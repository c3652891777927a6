import type { Config } from "../../core/config/config-schema.js";
import { resolvePhases } from "../../core/config/resolve-phases.js";
import { parsePersona } from "../../core/persona/parse-persona.js";
import type { Persona } from "../../core/persona/persona.js";
import { findPersonaFiles } from "../../core/validate/find-persona-files.js";
import type { GitHubGateway, TreeFile } from "../../github/gateway.js";
import { mapWithConcurrency } from "../../github/map-with-concurrency.js";

/** Reads a blob's bytes, through a cache when the caller has one. */
export type BlobReader = (file: TreeFile, load: () => Promise<Uint8Array>) => Promise<Uint8Array>;

export interface PersonaDocs {
  personas: Persona[];
  /** Docs that did not parse into a persona. */
  unreadable: string[];
}

const BLOB_CONCURRENCY = 8;
const SYMLINK_MODE = "120000";

/**
 * The personas of a repository at a commit: one tree listing, then one blob read per doc that the
 * cache does not already hold. Docs are parsed with `config`, the settings in force for the event.
 */
export async function readPersonaDocs(gateway: GitHubGateway, ref: string, config: Config, readBlob: BlobReader): Promise<PersonaDocs> {
  const tree = await gateway.repo.listTree(ref);
  const byPath = new Map(tree.map((file) => [file.path, file] as const));
  const wanted = findPersonaFiles({ paths: new Set(byPath.keys()), files: new Map() }, config.personas.path)
    .slice(0, config.personas.maxFiles)
    .flatMap((path) => {
      const file = byPath.get(path);
      return file === undefined || file.mode === SYMLINK_MODE ? [] : [file];
    });
  const phases = resolvePhases(config);
  const parsed = await mapWithConcurrency(wanted, BLOB_CONCURRENCY, async (file) => {
    const bytes = await readBlob(file, async () => (await gateway.repo.readBlob(file.sha, file.path)).bytes);
    return { file: file.path, persona: parsePersona(file.path, bytes, { config, phases }).persona };
  });
  return {
    personas: parsed.flatMap((doc) => (doc.persona === undefined ? [] : [doc.persona])),
    unreadable: parsed.flatMap((doc) => (doc.persona === undefined ? [doc.file] : [])),
  };
}
