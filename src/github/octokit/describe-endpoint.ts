import type { RepoRef } from "../gateway.js";

/** What an error message needs to know about the request that failed. */
export interface EndpointFacts {
  /** `METHOD /path`, without the API base URL or the query string. */
  request: string;
  /** The repository in the path, for `/repos/{owner}/{repo}/…`. */
  repo: RepoRef | undefined;
  /** True for `/repos/{owner}/{repo}` itself. */
  isRepository: boolean;
  /** The permission this endpoint needs, written as in a workflow's `permissions:` block. */
  permission: string | undefined;
  /** What the path names, for "not found" messages, e.g. `label "persona: SRE"`. */
  resource: string;
}

type Area = "issues" | "contents" | "pull-requests" | "checks" | "metadata" | "members";

const REPO_AREAS: readonly (readonly [RegExp, Area])[] = [
  [/^\/(labels|issues)(\/|$)/, "issues"],
  [/^\/(contents|git|commits|branches|compare)(\/|$)/, "contents"],
  [/^\/pulls(\/|$)/, "pull-requests"],
  [/^\/check-runs(\/|$)/, "checks"],
  [/^\/collaborators(\/|$)/, "metadata"],
  [/^$/, "metadata"],
];

const RESOURCES: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^\/labels\/(.+)$/, (m) => `label "${m[1]}"`],
  [/^\/contents\/(.+)$/, (m) => `file "${m[1]}"`],
  [/^\/git\/(?:ref|refs)\/heads\/(.+)$/, (m) => `branch "${m[1]}"`],
  [/^\/(?:branches|commits)\/(.+)$/, (m) => `ref "${m[1]}"`],
  [/^\/git\/(?:trees|blobs|commits)\/(.+)$/, (m) => `git object ${m[1]}`],
  [/^\/issues\/comments\/(\d+)/, (m) => `comment ${m[1]}`],
  [/^\/issues\/(\d+)/, (m) => `issue #${m[1]}`],
  [/^\/pulls\/(\d+)/, (m) => `pull request #${m[1]}`],
  [/^\/check-runs\/(\d+)/, (m) => `check run ${m[1]}`],
  [/^\/collaborators\/([^/]+)/, (m) => `collaborator @${m[1]}`],
];

/**
 * Reads an API URL (as Octokit reports it on an error) into the facts our messages use. Works from the
 * URL rather than a route template so that errors from any Octokit call can be explained, and finds
 * the API path after any GitHub Enterprise Server prefix such as `/api/v3`.
 */
export function describeEndpoint(method: string, url: string): EndpointFacts {
  const path = apiPath(url);
  const request = `${method.toUpperCase()} ${path}`;
  const write = !["GET", "HEAD"].includes(method.toUpperCase());
  const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
  if (repoMatch?.[1] && repoMatch[2]) {
    const repo = { owner: repoMatch[1], repo: repoMatch[2] };
    const rest = repoMatch[3] ?? "";
    const area = REPO_AREAS.find(([pattern]) => pattern.test(rest))?.[1];
    return {
      request,
      repo,
      isRepository: rest === "",
      permission: area === undefined ? undefined : `${area}: ${write && area !== "metadata" ? "write" : "read"}`,
      resource: describeRepoResource(rest, repo),
    };
  }
  return { request, repo: undefined, isRepository: false, ...describeOrgPath(path) };
}

function describeRepoResource(rest: string, repo: RepoRef): string {
  for (const [pattern, describe] of RESOURCES) {
    const match = pattern.exec(rest);
    if (match) return `${describe(match)} in ${repo.owner}/${repo.repo}`;
  }
  return `${rest.replace(/^\//, "") || "repository"} in ${repo.owner}/${repo.repo}`;
}

function describeOrgPath(path: string): Pick<EndpointFacts, "permission" | "resource"> {
  const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)/.exec(path);
  if (team) return { permission: "members: read", resource: `team @${team[1]}/${team[2]}` };
  const member = /^\/orgs\/([^/]+)\/(?:public_)?members\/([^/]+)/.exec(path);
  if (member) return { permission: "members: read", resource: `membership of @${member[2]} in ${member[1]}` };
  const user = /^\/users\/([^/]+)$/.exec(path);
  if (user) return { permission: undefined, resource: `user @${user[1]}` };
  if (path === "/graphql") return { permission: undefined, resource: "GraphQL resource" };
  return { permission: undefined, resource: path };
}

function apiPath(url: string): string {
  let pathname: string;
  try {
    pathname = new URL(url, "http://api.invalid").pathname;
  } catch {
    pathname = url.split("?")[0] ?? url;
  }
  const decoded = safeDecode(pathname);
  const start = decoded.search(/\/(repos|orgs|users|graphql|search|user)(\/|$)/);
  return start > 0 ? decoded.slice(start) : decoded;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
