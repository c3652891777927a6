import { GitHubHttpError, notFound } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderApp, renderInstallation } from "../render/render-app.js";
import { renderRepo } from "../render/render-repo.js";
import type { InstallationRecord, RepoRecord } from "../state/records.js";
import { seedUser } from "../state/seed-accounts.js";
import { repoFrom } from "./lookups.js";

/** Whether an installation reaches a repository. */
export function covers(installation: InstallationRecord, repo: RepoRecord): boolean {
  if (installation.account.toLowerCase() !== repo.owner.toLowerCase()) return false;
  return installation.repos === "all" || installation.repos.some((r) => r.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase());
}

function installationFrom(ctx: HandlerContext): InstallationRecord {
  const installation = ctx.state.installations.get(Number(ctx.params["installation_id"]));
  if (!installation) throw notFound();
  return installation;
}

/** The installation a token belongs to; a non-installation token works when there is exactly one installation. */
function installationOfToken(ctx: HandlerContext): InstallationRecord {
  const id = ctx.token === undefined ? undefined : ctx.state.tokens.get(ctx.token);
  const all = [...ctx.state.installations.values()];
  const found = id !== undefined ? ctx.state.installations.get(id) : all.length === 1 ? all[0] : undefined;
  if (!found) throw new GitHubHttpError(403, "This endpoint can only be accessed with an installation access token.");
  return found;
}

const createToken: Handler = (ctx) => {
  const installation = installationFrom(ctx);
  const token = `ghs_fake${installation.id}x${ctx.state.nextId++}`;
  ctx.state.tokens.set(token, installation.id);
  seedUser(ctx.state, `${ctx.state.app.slug}[bot]`, { type: "Bot" });
  const expires = new Date(ctx.state.now().getTime() + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    status: 201,
    body: {
      token,
      expires_at: expires,
      permissions: installation.permissions,
      repository_selection: installation.repos === "all" ? "all" : "selected",
    },
  };
};

const listRepos: Handler = (ctx) => {
  const installation = installationOfToken(ctx);
  const repos = [...ctx.state.repos.values()].filter((r) => covers(installation, r));
  const items = repos.map((r) => renderRepo(ctx.state, ctx.urls, r));
  return {
    status: 200,
    page: {
      items,
      key: "repositories",
      extra: { total_count: items.length, repository_selection: installation.repos === "all" ? "all" : "selected" },
    },
  };
};

function byAccount(ctx: HandlerContext, account: string): { status: number; body: unknown } {
  const found = [...ctx.state.installations.values()].find((i) => i.account.toLowerCase() === account.toLowerCase());
  if (!found) throw notFound();
  return { status: 200, body: renderInstallation(ctx.state, ctx.urls, found) };
}

/** GitHub App endpoints, by operationId. JWTs are not checked: any bearer token acts as the app. */
export const appHandlers: Record<string, Handler> = {
  "apps/get-authenticated": (ctx) => ({ status: 200, body: renderApp(ctx.state, ctx.urls) }),
  "apps/create-installation-access-token": createToken,
  "apps/list-installations": (ctx) => ({
    status: 200,
    page: { items: [...ctx.state.installations.values()].map((i) => renderInstallation(ctx.state, ctx.urls, i)) },
  }),
  "apps/get-installation": (ctx) => ({ status: 200, body: renderInstallation(ctx.state, ctx.urls, installationFrom(ctx)) }),
  "apps/get-repo-installation": (ctx) => {
    const repo = repoFrom(ctx);
    const found = [...ctx.state.installations.values()].find((i) => covers(i, repo));
    if (!found) throw notFound();
    return { status: 200, body: renderInstallation(ctx.state, ctx.urls, found) };
  },
  "apps/get-org-installation": (ctx) => byAccount(ctx, ctx.params["org"] ?? ""),
  "apps/get-user-installation": (ctx) => byAccount(ctx, ctx.params["username"] ?? ""),
  "apps/list-repos-accessible-to-installation": listRepos,
  "rate-limit/get": (ctx) => {
    const reset = Math.ceil(ctx.state.now().getTime() / 1000) + 3600;
    const core = { limit: 5000, used: 1, remaining: 4999, reset };
    const resources = {
      core,
      search: { limit: 30, used: 0, remaining: 30, reset },
      graphql: { limit: 5000, used: 0, remaining: 5000, reset },
    };
    return { status: 200, body: { resources, rate: core } };
  },
};
