import type { Urls } from "../handler-types.js";
import { seedUser } from "../state/seed-accounts.js";
import type { FakeState } from "../state/records.js";

/** GitHub's `simple-user` for a login (unknown logins are created, as every author exists on GitHub). */
export function renderUser(state: FakeState, urls: Urls, login: string): Record<string, unknown> {
  const user = seedUser(state, login);
  const api = `${urls.api}/users/${encodeURIComponent(user.login)}`;
  // Bots live under /apps/<slug> on the web, as GitHub links them.
  const html = user.type === "Bot" ? `${urls.html}/apps/${user.login.replace(/\[bot\]$/, "")}` : `${urls.html}/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: user.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: html,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** GitHub's `public-user` (GET /users/{login}). */
export function renderPublicUser(state: FakeState, urls: Urls, login: string): Record<string, unknown> {
  const user = seedUser(state, login);
  return {
    ...renderUser(state, urls, login),
    name: user.name,
    company: null,
    blog: "",
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: [...state.repos.values()].filter((r) => r.owner.toLowerCase() === login.toLowerCase() && !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2020-01-01T00:00:00Z",
  };
}
