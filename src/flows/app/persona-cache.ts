import type { RepoRef } from "../../github/gateway.js";
import type { PersonaProgram } from "./persona-program.js";

/** The head of a branch a cached program was read from, with the ETag that revalidates it for free. */
export interface BranchHead {
  repo: RepoRef;
  branch: string;
  sha: string;
  etag: string | undefined;
}

export interface CachedProgram {
  program: PersonaProgram;
  /** Every branch the settings and docs came from; the program is current while none has moved. */
  heads: BranchHead[];
  /** When the program was read (ms since the epoch). */
  loadedAt: number;
  /** When the heads were last confirmed unchanged. */
  checkedAt: number;
}

/**
 * What the App remembers between events, per installation: each repository's persona program and
 * the blobs it was built from. Nothing in it is authoritative (GitHub is), so losing it, or running
 * several instances that each have their own, only costs requests.
 */
export interface PersonaCache {
  get(installationId: number, repo: RepoRef): CachedProgram | undefined;
  set(installationId: number, repo: RepoRef, entry: CachedProgram): void;
  /** Forgets every program of the installation that was read from `repo`; returns how many. */
  invalidate(installationId: number, repo: RepoRef): number;
  /** A blob's bytes, loaded once per installation: a blob never changes, its SHA names its content. */
  blob(installationId: number, sha: string, load: () => Promise<Uint8Array>): Promise<Uint8Array>;
}

export interface PersonaCacheLimits {
  /** Programs kept, least recently used dropped first. */
  programs?: number;
  /** Blob bytes kept, oldest dropped first. */
  blobBytes?: number;
}

const DEFAULT_PROGRAMS = 1000;
const DEFAULT_BLOB_BYTES = 64 * 1024 * 1024;

/** An in-memory cache bounded in entries and bytes, so a busy instance cannot grow without limit. */
export function createPersonaCache(limits: PersonaCacheLimits = {}): PersonaCache {
  const programs = new Map<string, CachedProgram>();
  const blobs = createBlobStore(limits.blobBytes ?? DEFAULT_BLOB_BYTES);
  const maxPrograms = limits.programs ?? DEFAULT_PROGRAMS;
  return {
    get(installationId, repo) {
      const key = programKey(installationId, repo);
      const entry = programs.get(key);
      if (entry !== undefined) {
        programs.delete(key);
        programs.set(key, entry);
      }
      return entry;
    },
    set(installationId, repo, entry) {
      const key = programKey(installationId, repo);
      programs.delete(key);
      programs.set(key, entry);
      while (programs.size > maxPrograms) programs.delete(programs.keys().next().value as string);
    },
    invalidate(installationId, repo) {
      const prefix = `${installationId}:`;
      const changed = repoKey(repo);
      let dropped = 0;
      for (const [key, entry] of programs) {
        if (key.startsWith(prefix) && entry.heads.some((head) => repoKey(head.repo) === changed)) {
          programs.delete(key);
          dropped++;
        }
      }
      return dropped;
    },
    blob: (installationId, sha, load) => blobs.get(`${installationId}:${sha}`, load),
  };
}

function programKey(installationId: number, repo: RepoRef): string {
  return `${installationId}:${repoKey(repo)}`;
}

/** GitHub names are case-insensitive. */
function repoKey(repo: RepoRef): string {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}

function createBlobStore(maxBytes: number) {
  const entries = new Map<string, { bytes: Promise<Uint8Array>; size: number }>();
  let total = 0;
  const evict = () => {
    for (const [key, entry] of entries) {
      if (total <= maxBytes) break;
      entries.delete(key);
      total -= entry.size;
    }
  };
  return {
    get(key: string, load: () => Promise<Uint8Array>): Promise<Uint8Array> {
      const known = entries.get(key);
      if (known !== undefined) return known.bytes;
      const entry = { bytes: load(), size: 0 };
      entries.set(key, entry);
      entry.bytes.then(
        (bytes) => {
          if (entries.get(key) !== entry) return;
          entry.size = bytes.byteLength;
          total += entry.size;
          evict();
        },
        // A failed read is not remembered: the next event tries again.
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.bytes;
    },
  };
}
