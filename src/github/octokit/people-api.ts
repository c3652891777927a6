import type { PeopleGateway, RepoPermission, UserInfo } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { listAllPages } from "./list-all-pages.js";
import { statusOf } from "./request-error.js";

const ROLES: readonly RepoPermission[] = ["admin", "maintain", "write", "triage", "read", "none"];

export function createPeopleApi(context: ApiContext): PeopleGateway {
  const { client, repo } = context;
  return {
    async listTeamMembers(org, teamSlug) {
      try {
        const members = await listAllPages(client, client.request("GET /orgs/{org}/teams/{team_slug}/members", { org, team_slug: teamSlug, per_page: 100 }));
        return members.map((member) => member.login);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async getUser(login) {
      try {
        const { data } = await client.request("GET /users/{username}", { username: login });
        const type: UserInfo["type"] = data.type === "Bot" || data.type === "Organization" ? data.type : "User";
        return { login: data.login, type, name: data.name ?? undefined };
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    // 204 for a member, 404 otherwise. When the token itself is not a member GitHub redirects to the
    // public-membership check, which fetch follows and which answers the same way.
    async isOrgMember(org, login) {
      try {
        const { status } = await client.request("GET /orgs/{org}/members/{username}", { org, username: login });
        return (status as number) === 204;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    },
    async getPermission(login) {
      try {
        const { data } = await client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...repo, username: login });
        const role = ROLES.find((candidate) => candidate === data.role_name) ?? ROLES.find((candidate) => candidate === data.permission);
        return role ?? "none";
      } catch (error) {
        if (await context.isMissingResource(error)) return "none";
        throw error;
      }
    },
  };
}
