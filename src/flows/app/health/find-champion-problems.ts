import type { Config } from "../../../core/config/config-schema.js";
import type { Handle } from "../../../core/config/handles.js";
import { DEFAULT_CONFIG_PATH } from "../../../core/config/parse-config.js";
import type { Persona } from "../../../core/persona/persona.js";
import { parseFallbackChampions } from "../../../core/routing/route-target.js";
import type { GitHubGateway } from "../../../github/gateway.js";
import { mapWithConcurrency } from "../../../github/map-with-concurrency.js";
import type { ChampionProblem } from "./champion-problem.js";
import { checkHandle, type HandleFinding } from "./check-handle.js";

/** Handles named in one place: a persona doc's `champions:` or the settings' fallback champions. */
export interface ChampionList {
  owner: { id: string; name: string };
  file: string;
  line: number;
  handles: Handle[];
}

const LOOKUP_CONCURRENCY = 4;

/**
 * The champion lists worth checking: every persona that is not retired (drafts get CODEOWNERS rules
 * too), and the fallback champions, who get the questions of personas without anyone on duty.
 */
export function listChampions(personas: readonly Persona[], config: Pick<Config, "routing">, configPath: string = DEFAULT_CONFIG_PATH): ChampionList[] {
  const lists: ChampionList[] = personas
    .filter((persona) => persona.status !== "retired" && persona.champions.length > 0)
    .map((persona) => ({
      owner: { id: persona.id, name: persona.name },
      file: persona.file,
      line: persona.keyLines["champions"] ?? persona.keyLines["name"] ?? 1,
      handles: persona.champions,
    }));
  const fallback = parseFallbackChampions(config);
  if (fallback.length > 0) lists.push({ owner: { id: "fallback", name: "Fallback champions" }, file: configPath, line: 1, handles: fallback });
  return lists;
}

/**
 * Checks every distinct handle once (a few lookups in flight at a time) and reports each problem at
 * every place that names the handle.
 *
 * @param org the organisation that owns the repository; undefined for a repository owned by a user
 */
export async function findChampionProblems(gateway: GitHubGateway, lists: readonly ChampionList[], org: string | undefined): Promise<ChampionProblem[]> {
  const distinct = new Map<string, Handle>();
  for (const handle of lists.flatMap((list) => list.handles)) distinct.set(handle.handle.toLowerCase(), handle);
  const handles = [...distinct.values()];
  const findings = await mapWithConcurrency(handles, LOOKUP_CONCURRENCY, (handle) => checkHandle(gateway, handle, org));
  const byHandle = new Map<string, HandleFinding[]>(handles.map((handle, index) => [handle.handle.toLowerCase(), findings[index] ?? []]));
  return lists.flatMap((list) =>
    list.handles.flatMap((handle) =>
      (byHandle.get(handle.handle.toLowerCase()) ?? []).map((finding) => ({ owner: list.owner, file: list.file, line: list.line, handle: handle.handle, ...finding })),
    ),
  );
}
