import type { Handle } from "../config/handles.js";

export type RoutingStrategy = "all" | "round-robin" | "random";

export interface PickInput {
  champions: readonly Handle[];
  strategy: RoutingStrategy;
  teamMembers: Readonly<Record<string, readonly string[]>>;
  issueNumber: number;
  seed: string;
  /** Logins that already count as having the question (assigned now, or assigned by us before). */
  covered: readonly string[];
}

export interface PickedAssignees {
  /** Logins to hold the question, user champions first, in the order of the champion list. */
  logins: string[];
  /** Team handles that could not be expanded (unknown to the caller, or without members). */
  emptyTeams: string[];
}

/**
 * Turns champion handles into people to assign. Issues can't be assigned to teams, so a team is
 * expanded to its members and, by `routing.strategy`:
 * - `all`: every member;
 * - `round-robin`: member number (issue number mod team size) of the login-sorted list. Stateless,
 *   so questions take turns without a counter stored anywhere;
 * - `random`: a member picked by hashing the caller's seed with the team, so the pick is a pure
 *   function of its inputs and a redelivered webhook picks the same person.
 * For the two single-pick strategies a team that already has a covered member keeps that member:
 * a second event never adds a second person, whatever its seed.
 */
export function pickAssignees(input: PickInput): PickedAssignees {
  const covered = new Set(input.covered.map((login) => login.toLowerCase()));
  const logins: string[] = [];
  const emptyTeams: string[] = [];
  for (const champion of input.champions) {
    if (champion.kind === "user") {
      logins.push(champion.login);
      continue;
    }
    const members = teamMembersOf(input.teamMembers, champion.org, champion.slug);
    if (members.length === 0) {
      emptyTeams.push(champion.handle);
      continue;
    }
    logins.push(...pickFromTeam(members, `${champion.org}/${champion.slug}`, covered, input));
  }
  return { logins: uniqueLogins(logins), emptyTeams };
}

function pickFromTeam(
  members: readonly string[],
  team: string,
  covered: ReadonlySet<string>,
  input: PickInput,
): string[] {
  if (input.strategy === "all") return [...members];
  const holder = members.find((member) => covered.has(member.toLowerCase()));
  if (holder !== undefined) return [holder];
  const index =
    input.strategy === "round-robin"
      ? input.issueNumber % members.length
      : hashString(`${input.seed}\u0000${team}`) % members.length;
  return [members[index]!];
}

/** Members sorted by login (case-insensitively) and de-duplicated, so every pick is reproducible. */
function teamMembersOf(teams: PickInput["teamMembers"], org: string, slug: string): string[] {
  const key = `${org}/${slug}`.toLowerCase();
  const entry = Object.entries(teams).find(([name]) => name.toLowerCase() === key);
  const members = uniqueLogins(entry?.[1] ?? []);
  return members.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b));
}

function uniqueLogins(logins: readonly string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((login) => {
    const key = login.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** FNV-1a, 32 bits: tiny, stable across platforms and Node versions, and good enough to spread picks. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
