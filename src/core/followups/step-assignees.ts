import type { Config } from "../config/config-schema.js";
import { parseHandle } from "../config/handles.js";
import { pickAssignees } from "../routing/pick-assignees.js";

export interface AssigneeChoice {
  logins: string[];
  /** Set when the owner is a team with no members we could see. */
  emptyTeam?: string;
}

/**
 * Who gets a step's tracking issue: a user owner, or members of a team owner chosen by
 * `routing.strategy` (issues cannot be assigned to teams). For round-robin, `turn` is the step's
 * position among the meeting's steps owned by that team, so a team's steps go to its members in turn;
 * `covered` keeps whoever already holds the issue, so a re-run never hands it to someone else.
 */
export function chooseAssignees(
  owner: string | undefined,
  options: { config: Pick<Config, "routing">; teamMembers: Readonly<Record<string, readonly string[]>>; turn: number; seed: string; covered: readonly string[] },
): AssigneeChoice {
  const handle = owner === undefined ? undefined : parseHandle(owner);
  if (handle === undefined) return { logins: [] };
  const picked = pickAssignees({
    champions: [handle],
    strategy: options.config.routing.strategy,
    teamMembers: options.teamMembers,
    issueNumber: options.turn,
    seed: options.seed,
    covered: options.covered,
  });
  return picked.emptyTeams.length > 0 ? { logins: picked.logins, emptyTeam: picked.emptyTeams[0]! } : { logins: picked.logins };
}
