import type { Urls } from "../handler-types.js";
import type { FakeState, InstallationRecord } from "../state/records.js";
import { findUser } from "../state/lookup.js";
import { renderUser } from "./render-user.js";

/** GitHub's `integration` (the app itself). */
export function renderApp(state: FakeState, urls: Urls): Record<string, unknown> {
  const app = state.app;
  return {
    id: app.id,
    slug: app.slug,
    client_id: `Iv1.fake${app.id}`,
    node_id: `A_kwDOfake${app.id}`,
    owner: renderUser(state, urls, app.owner),
    name: app.name,
    description: "",
    external_url: `${urls.html}/apps/${app.slug}`,
    html_url: `${urls.html}/apps/${app.slug}`,
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
    permissions: {
      contents: "write",
      issues: "write",
      pull_requests: "write",
      checks: "write",
      metadata: "read",
      members: "read",
      organization_projects: "write",
    },
    events: ["issues", "issue_comment", "pull_request", "push", "installation", "installation_repositories"],
    installations_count: state.installations.size,
  };
}

/** GitHub's `installation`. */
export function renderInstallation(state: FakeState, urls: Urls, installation: InstallationRecord): Record<string, unknown> {
  const isOrg = state.orgs.has(installation.account.toLowerCase());
  return {
    id: installation.id,
    account: renderUser(state, urls, installation.account),
    repository_selection: installation.repos === "all" ? "all" : "selected",
    access_tokens_url: `${urls.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${urls.api}/installation/repositories`,
    html_url: `${urls.html}/${isOrg ? `organizations/${installation.account}/` : ""}settings/installations/${installation.id}`,
    app_id: state.app.id,
    app_slug: state.app.slug,
    target_id: findUser(state, installation.account)?.id ?? 0,
    target_type: isOrg ? "Organization" : "User",
    permissions: installation.permissions,
    events: ["issues", "issue_comment", "pull_request", "push"],
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2024-01-01T00:00:00Z",
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}
