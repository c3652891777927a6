import type { ProjectRef } from "./gateway-projects.js";

/**
 * Reads a Projects (v2) URL such as `https://github.com/orgs/acme/projects/7` (or `/users/ada/projects/3`,
 * on any host, with or without a view suffix). Undefined when the URL is not of that shape.
 */
export function parseProjectUrl(url: string): ProjectRef | undefined {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = /^\/(orgs|users)\/([^/]+)\/projects\/(\d+)(?:\/|$)/.exec(pathname);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { ownerKind: match[1] === "orgs" ? "organization" : "user", owner: decodeURIComponent(match[2]), number: Number(match[3]) };
}
