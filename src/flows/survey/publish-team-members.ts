import type { Handle } from "../../core/config/handles.js";
import type { GitHubGateway } from "../../github/gateway.js";

/**
 * The members of every team among `handles` (`org/slug` → logins), one request per team. A team the
 * token cannot see, or that does not exist, has no members: the planner then reports it rather than
 * assigning anyone.
 */
export async function listTeamMembers(gateway: GitHubGateway, handles: readonly Handle[]): Promise<Record<string, string[]>> {
  const members: Record<string, string[]> = {};
  for (const handle of handles) {
    if (handle.kind !== "team") continue;
    const key = `${handle.org}/${handle.slug}`;
    if (key in members) continue;
    members[key] = (await gateway.people.listTeamMembers(handle.org, handle.slug)) ?? [];
  }
  return members;
}
