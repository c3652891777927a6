import { allocateId, nodeIdFor } from "./ids.js";
import { findUser } from "./lookup.js";
import type { FakeState, InstallationRecord, OrgRecord, TeamRecord, UserRecord } from "./records.js";

export interface UserSeed {
  type?: UserRecord["type"];
  name?: string | null;
  email?: string | null;
}

/** Adds a user (or returns the existing one with the same login). */
export function seedUser(state: FakeState, login: string, seed: UserSeed = {}): UserRecord {
  const existing = findUser(state, login);
  if (existing) return existing;
  const id = allocateId(state);
  const type = seed.type ?? (login.endsWith("[bot]") ? "Bot" : "User");
  const user: UserRecord = {
    id,
    nodeId: nodeIdFor(type === "Organization" ? "O" : type === "Bot" ? "BOT" : "U", id),
    login,
    type,
    name: seed.name ?? null,
    email: seed.email ?? null,
  };
  state.users.set(login.toLowerCase(), user);
  return user;
}

/** Adds an organisation with members (members are created as users); adding again merges members. */
export function seedOrg(state: FakeState, login: string, members: readonly string[] = []): OrgRecord {
  let org = state.orgs.get(login.toLowerCase());
  if (!org) {
    const account = seedUser(state, login, { type: "Organization" });
    // The login may have been created as a plain user by an earlier seed (e.g. addRepo): it is an org now.
    account.type = "Organization";
    org = { id: account.id, nodeId: account.nodeId, login, members: new Set(), teams: new Map() };
    state.orgs.set(login.toLowerCase(), org);
  }
  for (const member of members) {
    seedUser(state, member);
    org.members.add(member.toLowerCase());
  }
  return org;
}

/** Adds a team; its members become users and org members. Adding again replaces the member list. */
export function seedTeam(state: FakeState, org: string, slug: string, members: readonly string[], name?: string): TeamRecord {
  const orgRecord = seedOrg(state, org, members);
  const existing = orgRecord.teams.get(slug.toLowerCase());
  if (existing) {
    existing.members = [...members];
    return existing;
  }
  const id = allocateId(state);
  const team: TeamRecord = { id, nodeId: nodeIdFor("T", id), slug: slug.toLowerCase(), name: name ?? slug, members: [...members] };
  orgRecord.teams.set(team.slug, team);
  return team;
}

export interface InstallationSeed {
  account: string;
  /** Repository names ("owner/name" or just "name" under the account), or "all". Default "all". */
  repos?: readonly string[] | "all";
  permissions?: Record<string, string>;
}

/** Registers an installation of the app on an account. */
export function seedInstallation(state: FakeState, id: number, seed: InstallationSeed): InstallationRecord {
  if (!findUser(state, seed.account)) seedUser(state, seed.account);
  const repos = seed.repos ?? "all";
  const installation: InstallationRecord = {
    id,
    account: seed.account,
    repos: repos === "all" ? "all" : repos.map((r) => (r.includes("/") ? r : `${seed.account}/${r}`)),
    permissions: seed.permissions ?? {
      contents: "write",
      issues: "write",
      pull_requests: "write",
      checks: "write",
      metadata: "read",
      members: "read",
      organization_projects: "write",
    },
  };
  state.installations.set(id, installation);
  return installation;
}
