import { NotFoundError } from "../../github/errors.js";
import type { GitHubGateway, RepoRef } from "../../github/gateway.js";
import { formatRepoRef, parseRepoRef } from "../../github/repo-ref.js";
import { gatewayFor, headsUnchanged, readBranchHead, sameRepo } from "./branch-heads.js";
import type { BranchHead, CachedProgram, PersonaCache } from "./persona-cache.js";
import type { PersonaProgram, ProgramResult } from "./persona-program.js";
import { readLoadedSettings, type SettingsLoader } from "./read-loaded-settings.js";
import { readPersonaDocs } from "./read-persona-docs.js";

export interface LoadContextOptions {
  installationId: number;
  /** The event repository's default branch, from the webhook payload, so no request is spent on it. */
  defaultBranch: string;
  loadSettings: SettingsLoader;
  cache: PersonaCache;
  /** How long a cached program is used without asking GitHub whether it changed (ms). */
  freshForMs: number;
  /** After this long a program is read again, whatever its heads say (ms). */
  maxAgeMs: number;
  now: () => number;
}

/** How the program was obtained, for the logs and the benchmark. */
export type ProgramOrigin = "cache" | "revalidated" | "loaded";

/**
 * The settings and personas for an event on `gateway`'s repository. In steady state this costs no
 * request at all: a program younger than `freshForMs` is used as it is, an older one is revalidated
 * with one conditional request per branch it was read from (304 when nothing moved), and only a
 * changed head, a push (see `PersonaCache.invalidate`) or `maxAgeMs` makes it read everything again.
 * Broken settings come back as a problem to report, never as a throw.
 */
export async function loadRepositoryContext(
  gateway: GitHubGateway,
  options: LoadContextOptions,
): Promise<ProgramResult & { origin: ProgramOrigin }> {
  const { cache, installationId } = options;
  const entry = cache.get(installationId, gateway.repoRef);
  const now = options.now();
  if (entry !== undefined && now - entry.loadedAt < options.maxAgeMs) {
    if (now - entry.checkedAt < options.freshForMs) return { status: "ready", program: entry.program, origin: "cache" };
    if (await headsUnchanged(gateway, entry.heads)) {
      cache.set(installationId, gateway.repoRef, { ...entry, checkedAt: now });
      return { status: "ready", program: entry.program, origin: "revalidated" };
    }
  }
  const loaded = await loadProgram(gateway, options);
  if (loaded.status === "invalid-config") return { ...loaded, origin: "loaded" };
  const stored: CachedProgram = { program: loaded.program, heads: loaded.heads, loadedAt: now, checkedAt: now };
  cache.set(installationId, gateway.repoRef, stored);
  return { status: "ready", program: loaded.program, origin: "loaded" };
}

type LoadedProgram = { status: "ready"; program: PersonaProgram; heads: BranchHead[] } | Extract<ProgramResult, { status: "invalid-config" }>;

async function loadProgram(gateway: GitHubGateway, options: LoadContextOptions): Promise<LoadedProgram> {
  // The head is read before the settings and docs, so a push in between can only make the cache
  // look older than it is, never newer.
  const [repoHead, settings] = await Promise.all([readBranchHead(gateway, gateway.repoRef, options.defaultBranch), options.loadSettings()]);
  const reading = readLoadedSettings(settings);
  if (!reading.ok) return { status: "invalid-config", problem: reading.problem };
  const { config } = reading;
  const personasRepo = config.routing.personasRepo === undefined ? gateway.repoRef : parseRepoRef(config.routing.personasRepo);
  if (personasRepo === undefined) throw new Error("routing.personasRepo passed validation but is not owner/name");
  const personasHead = sameRepo(personasRepo, gateway.repoRef) ? repoHead : await readDefaultHead(gateway, personasRepo);
  if (personasHead === undefined && !sameRepo(personasRepo, gateway.repoRef)) {
    const problems = [`\`routing.personasRepo\` names ${formatRepoRef(personasRepo)}, which the App cannot read: install the App on it too, or fix the name`];
    return { status: "invalid-config", problem: { source: settings.description, problems } };
  }
  const docs = personasHead === undefined
    ? { personas: [], unreadable: [] }
    : await readPersonaDocs(gatewayFor(gateway, personasRepo), personasHead.sha, config, (file, load) => options.cache.blob(options.installationId, file.sha, load));
  const heads = uniqueHeads([repoHead, personasHead, ...(await readSourceHeads(gateway, settings.sources))]);
  return { status: "ready", program: { config, personas: docs.personas, personasRepo, unreadableDocs: docs.unreadable }, heads };
}

/** Heads of the other repositories the settings came from (the organisation's `.github`, `_extends`). */
async function readSourceHeads(gateway: GitHubGateway, sources: readonly RepoRef[]): Promise<(BranchHead | undefined)[]> {
  const others = sources.filter((source) => !sameRepo(source, gateway.repoRef));
  return Promise.all(others.map((source) => readDefaultHead(gateway, source)));
}

/** The default branch's head of another repository; undefined when the App cannot see it. */
async function readDefaultHead(gateway: GitHubGateway, repo: RepoRef): Promise<BranchHead | undefined> {
  try {
    const info = await gatewayFor(gateway, repo).repo.getRepository();
    return await readBranchHead(gateway, repo, info.defaultBranch);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

function uniqueHeads(heads: readonly (BranchHead | undefined)[]): BranchHead[] {
  const out: BranchHead[] = [];
  for (const head of heads) {
    if (head !== undefined && !out.some((known) => sameRepo(known.repo, head.repo))) out.push(head);
  }
  return out;
}
