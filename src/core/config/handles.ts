import { z } from "zod";

/**
 * GitHub handles as people write them in persona docs and config: `@user` or `@org/team`.
 * Logins follow GitHub's rules (alphanumerics and single hyphens, 39 chars); team slugs are lower-case
 * with hyphens, underscores and dots allowed.
 */
export const USER_HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
export const TEAM_HANDLE = /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;

export type Handle =
  | { kind: "user"; handle: string; login: string }
  | { kind: "team"; handle: string; org: string; slug: string };

export function parseHandle(raw: string): Handle | undefined {
  const user = USER_HANDLE.exec(raw);
  if (user) return { kind: "user", handle: raw, login: user[1]! };
  const team = TEAM_HANDLE.exec(raw);
  if (team) return { kind: "team", handle: raw, org: team[1]!, slug: team[2]! };
  return undefined;
}

export const handleSchema = z
  .string()
  .refine((value) => parseHandle(value) !== undefined, {
    message: "must be a GitHub handle: @user or @org/team",
  });
