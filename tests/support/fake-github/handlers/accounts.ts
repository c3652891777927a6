import { GitHubHttpError, notFound } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderPublicUser, renderUser } from "../render/render-user.js";
import { findUser, isOrgMember, permissionOf } from "../state/lookup.js";
import type { OrgRecord, TeamRecord } from "../state/records.js";
import { repoFrom } from "./lookups.js";

function orgFrom(ctx: HandlerContext): OrgRecord {
  const org = ctx.state.orgs.get((ctx.params["org"] ?? "").toLowerCase());
  if (!org) throw notFound();
  return org;
}

function teamFrom(ctx: HandlerContext): TeamRecord {
  const team = orgFrom(ctx).teams.get((ctx.params["team_slug"] ?? "").toLowerCase());
  if (!team) throw notFound();
  return team;
}

function renderTeam(ctx: HandlerContext, org: OrgRecord, team: TeamRecord): Record<string, unknown> {
  const api = `${ctx.urls.api}/organizations/${org.id}/team/${team.id}`;
  return {
    id: team.id,
    node_id: team.nodeId,
    url: api,
    html_url: `${ctx.urls.html}/orgs/${org.login}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
  };
}

/** GitHub folds the newer roles into the legacy `permission` field: maintain → write, triage → read. */
const LEGACY: Record<string, string> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read", none: "none" };

const collaboratorPermission: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const login = ctx.params["username"] ?? "";
  const user = findUser(ctx.state, login);
  if (!user) throw new GitHubHttpError(404, `${login} is not a user`);
  const role = permissionOf(ctx.state, repo, user.login);
  const flags = {
    admin: role === "admin",
    maintain: ["admin", "maintain"].includes(role),
    push: ["admin", "maintain", "write"].includes(role),
    triage: role !== "read" && role !== "none",
    pull: role !== "none",
  };
  return {
    status: 200,
    body: {
      permission: LEGACY[role],
      role_name: role,
      user: { ...renderUser(ctx.state, ctx.urls, user.login), permissions: flags, role_name: role },
    },
  };
};

const checkCollaborator: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const login = ctx.params["username"] ?? "";
  const explicit = repo.permissions.get(login.toLowerCase());
  const isCollaborator = (explicit !== undefined && explicit !== "none") || repo.owner.toLowerCase() === login.toLowerCase();
  if (!isCollaborator) throw notFound();
  return { status: 204 };
};

/** Users, organisations, teams and collaborators, by operationId. */
export const accountHandlers: Record<string, Handler> = {
  "users/get-by-username": (ctx) => {
    const user = findUser(ctx.state, ctx.params["username"] ?? "");
    if (!user) throw notFound();
    return { status: 200, body: renderPublicUser(ctx.state, ctx.urls, user.login) };
  },
  "orgs/get": (ctx) => {
    const org = orgFrom(ctx);
    return {
      status: 200,
      body: {
        ...renderPublicUser(ctx.state, ctx.urls, org.login),
        description: null,
        has_organization_projects: true,
        has_repository_projects: true,
        archived_at: null,
        type: "Organization",
      },
    };
  },
  "orgs/check-membership-for-user": (ctx) => {
    if (!isOrgMember(ctx.state, orgFrom(ctx).login, ctx.params["username"] ?? ""))
      throw new GitHubHttpError(404, "User does not exist or is not a member of the organization");
    return { status: 204 };
  },
  "orgs/get-membership-for-user": (ctx) => {
    const org = orgFrom(ctx);
    const login = ctx.params["username"] ?? "";
    if (!isOrgMember(ctx.state, org.login, login)) throw notFound();
    return {
      status: 200,
      body: {
        url: `${ctx.urls.api}/orgs/${org.login}/memberships/${login}`,
        state: "active",
        role: "member",
        organization_url: `${ctx.urls.api}/orgs/${org.login}`,
        organization: renderUser(ctx.state, ctx.urls, org.login),
        user: renderUser(ctx.state, ctx.urls, login),
      },
    };
  },
  "orgs/list-members": (ctx) => ({
    status: 200,
    page: { items: [...orgFrom(ctx).members].map((m) => renderUser(ctx.state, ctx.urls, findUser(ctx.state, m)?.login ?? m)) },
  }),
  "teams/list": (ctx) => {
    const org = orgFrom(ctx);
    return { status: 200, page: { items: [...org.teams.values()].map((t) => renderTeam(ctx, org, t)) } };
  },
  "teams/get-by-name": (ctx) => ({
    status: 200,
    body: { ...renderTeam(ctx, orgFrom(ctx), teamFrom(ctx)), members_count: teamFrom(ctx).members.length, repos_count: 0 },
  }),
  "teams/list-members-in-org": (ctx) => ({
    status: 200,
    page: { items: teamFrom(ctx).members.map((m) => renderUser(ctx.state, ctx.urls, m)) },
  }),
  "teams/get-membership-for-user-in-org": (ctx) => {
    const team = teamFrom(ctx);
    const login = (ctx.params["username"] ?? "").toLowerCase();
    if (!team.members.some((m) => m.toLowerCase() === login)) throw notFound();
    return { status: 200, body: { url: `${ctx.urls.api}/teams/${team.id}/memberships/${login}`, role: "member", state: "active" } };
  },
  "repos/get-collaborator-permission-level": collaboratorPermission,
  "repos/check-collaborator": checkCollaborator,
  "repos/list-collaborators": (ctx) => {
    const repo = repoFrom(ctx);
    const logins = [...repo.permissions].filter(([, p]) => p !== "none").map(([login]) => findUser(ctx.state, login)?.login ?? login);
    return {
      status: 200,
      page: { items: logins.map((l) => ({ ...renderUser(ctx.state, ctx.urls, l), role_name: repo.permissions.get(l.toLowerCase()) })) },
    };
  },
};
