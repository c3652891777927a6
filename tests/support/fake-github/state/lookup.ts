import type { FakeState, Permission, RepoRecord, UserRecord } from "./records.js";

/** The repository "owner/name", if it exists. */
export function findRepo(state: FakeState, owner: string, name: string): RepoRecord | undefined {
  return state.repos.get(`${owner}/${name}`.toLowerCase());
}

/** A user, bot or organisation account by login. */
export function findUser(state: FakeState, login: string): UserRecord | undefined {
  return state.users.get(login.toLowerCase());
}

/** Whether the login belongs to the organisation (false when the owner is not an organisation). */
export function isOrgMember(state: FakeState, org: string, login: string): boolean {
  return state.orgs.get(org.toLowerCase())?.members.has(login.toLowerCase()) ?? false;
}

/**
 * The effective permission of a user on a repository: explicit collaborator permission first, then
 * ownership, then the base read access that org members and everyone on a public repository have.
 */
export function permissionOf(state: FakeState, repo: RepoRecord, login: string): Permission {
  const explicit = repo.permissions.get(login.toLowerCase());
  if (explicit) return explicit;
  if (repo.owner.toLowerCase() === login.toLowerCase()) return "admin";
  if (isOrgMember(state, repo.owner, login) || !repo.private) return "read";
  return "none";
}

/** Who can be assigned: collaborators, org members and the owner (not merely anyone who can read). */
export function isAssignable(state: FakeState, repo: RepoRecord, login: string): boolean {
  if (!findUser(state, login)) return false;
  const explicit = repo.permissions.get(login.toLowerCase());
  if (explicit) return explicit !== "none";
  return repo.owner.toLowerCase() === login.toLowerCase() || isOrgMember(state, repo.owner, login);
}

/** The login that a request's token acts as. */
export function actorFor(state: FakeState, token: string | undefined): string {
  return token !== undefined && state.tokens.has(token) ? `${state.app.slug}[bot]` : state.actor;
}
