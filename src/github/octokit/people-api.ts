import type { PeopleGateway, RepoPermission, UserInfo } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { listAllPages } from "./list-all-pages.js";
import { statusOf } from "./request-error.js";

const ROLES: readonly RepoPermission[] = ["admin", "maintain", "write", "triage", "read", "none"];

export function createPeopleApi(context: ApiContext): PeopleGateway {
  return {
    listTeamMembers: (org, teamSlug) => orNotFound(listTeamMembers(context, org, teamSlug), undefined),
    getUser: (login) => orNotFound(getUser(context, login), undefined),
    // 204 for a member, 404 otherwise. When the token itself is not a member GitHub redirects to the
    // public-membership check, which fetch follows and which answers the same way.
    isOrgMember: (org, login) => orNotFound(context.client.request("GET /orgs/{org}/members/{username}", { org, username: login }).then(() => true), false),
    getPermission: (login) => getPermission(context, login),
  };
}

async function listTeamMembers({ client }: ApiContext, org: string, teamSlug: string): Promise<string[]> {
  const members = await listAllPages(client, client.request("GET /orgs/{org}/teams/{team_slug}/members", { org, team_slug: teamSlug, per_page: 100 }));
  return members.map((member) => member.login);
}

async function getUser({ client }: ApiContext, login: string): Promise<UserInfo> {
  const { data } = await client.request("GET /users/{username}", { username: login });
  const type: UserInfo["type"] = data.type === "Bot" || data.type === "Organization" ? data.type : "User";
  return { login: data.login, type, name: data.name ?? undefined };
}

async function getPermission(context: ApiContext, login: string): Promise<RepoPermission> {
  try {
    const { data } = await context.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...context.repo, username: login });
    return ROLES.find((role) => role === data.role_name) ?? ROLES.find((role) => role === data.permission) ?? "none";
  } catch (error) {
    if (await context.isMissingResource(error)) return "none";
    throw error;
  }
}

/** Organisation-level lookups: a 404 means "no such team, user or membership". */
async function orNotFound<T, F>(pending: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await pending;
  } catch (error) {
    if (statusOf(error) === 404) return fallback;
    throw error;
  }
}
