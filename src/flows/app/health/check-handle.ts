import type { Handle } from "../../../core/config/handles.js";
import type { GitHubGateway } from "../../../github/gateway.js";
import type { ChampionRule } from "./champion-problem.js";

/** A problem with one handle, before it is tied to the docs that name the handle. */
export interface HandleFinding {
  severity: "error" | "warning";
  rule: ChampionRule;
  message: string;
  suggestion: string;
}

const WRITE_ROLES = new Set(["admin", "maintain", "write"]);

/**
 * What is wrong with one champion handle. A user must exist, be a person, belong to the organisation
 * that owns the repository, and have write access, since CODEOWNERS silently ignores owners without
 * it. A team must be of that organisation (CODEOWNERS accepts no other) and have members, or
 * questions routed to it reach nobody.
 */
export async function checkHandle(gateway: GitHubGateway, handle: Handle, org: string | undefined): Promise<HandleFinding[]> {
  return handle.kind === "user" ? checkUser(gateway, handle.login, org) : checkTeam(gateway, handle, org);
}

async function checkUser(gateway: GitHubGateway, login: string, org: string | undefined): Promise<HandleFinding[]> {
  const user = await gateway.people.getUser(login);
  if (user === undefined) {
    return [error("champion-unknown", `no GitHub account is called @${login}`, "correct the login, or name someone else as champion")];
  }
  if (user.type !== "User") {
    const what = user.type === "Bot" ? "a bot" : "an organisation";
    return [error("champion-not-a-person", `@${login} is ${what}, not a person`, "name a person, or a team as @org/team")];
  }
  const { repo } = gateway.repoRef;
  const [member, permission] = await Promise.all([org === undefined ? true : gateway.people.isOrgMember(org, login), gateway.people.getPermission(login)]);
  const findings: HandleFinding[] = [];
  if (!member && org !== undefined) {
    findings.push(warning("champion-not-member", `@${login} is not a member of the ${org} organisation`, `invite them to ${org}, or name a member as champion`));
  }
  if (!WRITE_ROLES.has(permission)) {
    findings.push(error("champion-no-write-access", `@${login} has no write access to ${repo} (${permission}), so CODEOWNERS ignores them and never requests their review`, `give them write access to ${repo}, directly or through a team`));
  }
  return findings;
}

async function checkTeam(gateway: GitHubGateway, team: Extract<Handle, { kind: "team" }>, org: string | undefined): Promise<HandleFinding[]> {
  if (org !== undefined && team.org.toLowerCase() !== org.toLowerCase()) {
    return [error("team-other-org", `${team.handle} belongs to ${team.org}, but CODEOWNERS only accepts teams of ${org}`, `name a team of ${org}`)];
  }
  const members = await gateway.people.listTeamMembers(team.org, team.slug);
  if (members === undefined) {
    return [error("team-unknown", `team ${team.handle} does not exist, or the App cannot see it`, "correct the team's slug (as in its URL), or grant the App `members: read`")];
  }
  if (members.length === 0) {
    return [warning("team-empty", `team ${team.handle} has no members, so questions routed to it reach nobody`, "add members to the team, or name someone else as champion")];
  }
  return [];
}

function error(rule: ChampionRule, message: string, suggestion: string): HandleFinding {
  return { severity: "error", rule, message, suggestion };
}

function warning(rule: ChampionRule, message: string, suggestion: string): HandleFinding {
  return { severity: "warning", rule, message, suggestion };
}
