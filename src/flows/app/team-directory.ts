import type { GitHubGateway } from "../../github/gateway.js";
import { mapWithConcurrency } from "../../github/map-with-concurrency.js";

export interface TeamRef {
  org: string;
  slug: string;
}

/**
 * Team members for routing, remembered per installation for a while: membership changes rarely, and
 * expanding a team on every question would double what a question costs. A stale list only means a
 * question goes to someone who just left the team, who can hand it off.
 */
export interface TeamDirectory {
  /**
   * Members of each team, keyed `org/slug`. A team that does not exist (or that the App cannot see) is
   * left out, which the routing core reports as a team it could not expand.
   */
  expand(gateway: GitHubGateway, installationId: number, teams: readonly TeamRef[]): Promise<Record<string, string[]>>;
}

export interface TeamDirectoryOptions {
  /** How long a member list is used before it is read again (ms). */
  freshForMs: number;
  now: () => number;
  /** Lists kept, oldest dropped first. */
  maxTeams?: number;
}

const LOOKUP_CONCURRENCY = 4;

/** An in-memory team directory for one App instance, bounded in the number of teams it keeps. */
export function createTeamDirectory(options: TeamDirectoryOptions): TeamDirectory {
  const known = new Map<string, { members: string[] | undefined; readAt: number }>();
  const maxTeams = options.maxTeams ?? 5000;
  const remember = (key: string, members: string[] | undefined) => {
    known.delete(key);
    known.set(key, { members, readAt: options.now() });
    while (known.size > maxTeams) known.delete(known.keys().next().value as string);
  };
  return {
    async expand(gateway, installationId, teams) {
      const keyOf = (team: TeamRef) => `${installationId}:${team.org}/${team.slug}`.toLowerCase();
      const now = options.now();
      const stale = uniqueTeams(teams).filter((team) => {
        const entry = known.get(keyOf(team));
        return entry === undefined || now - entry.readAt >= options.freshForMs;
      });
      await mapWithConcurrency(stale, LOOKUP_CONCURRENCY, async (team) => {
        remember(keyOf(team), await gateway.people.listTeamMembers(team.org, team.slug));
      });
      const result: Record<string, string[]> = {};
      for (const team of uniqueTeams(teams)) {
        const members = known.get(keyOf(team))?.members;
        if (members !== undefined) result[`${team.org}/${team.slug}`] = [...members];
      }
      return result;
    },
  };
}

function uniqueTeams(teams: readonly TeamRef[]): TeamRef[] {
  const seen = new Set<string>();
  return teams.filter((team) => {
    const key = `${team.org}/${team.slug}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
