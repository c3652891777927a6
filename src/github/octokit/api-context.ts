import type { RepoRef, RepositoryInfo } from "../gateway.js";
import type { OctokitClient } from "../octokit-client.js";
import { mapRequestError } from "./map-request-error.js";
import { statusOf } from "./request-error.js";

/** What every part of the Octokit gateway shares: the client, the repository, and memoised facts. */
export interface ApiContext {
  readonly client: OctokitClient;
  readonly repo: RepoRef;
  /** The repository's metadata, fetched at most once. */
  repository(): Promise<RepositoryInfo>;
  /** Whether a repository exists for this token; asked at most once per repository. */
  isRepoVisible(repo: RepoRef): Promise<boolean>;
  /**
   * True when `error` is a 404 for something inside a repository that does exist. A 404 caused by an
   * invisible repository must not pass for "no such file" or "no such label".
   */
  isMissingResource(error: unknown): Promise<boolean>;
}

/** Memo shared by every gateway built on one client, so `forRepo` does not repeat visibility checks. */
export type VisibilityMemo = Map<string, Promise<boolean>>;

export function createApiContext(client: OctokitClient, repo: RepoRef, visibility: VisibilityMemo): ApiContext {
  let repository: Promise<RepositoryInfo> | undefined;
  const isRepoVisible = (target: RepoRef): Promise<boolean> => {
    const key = `${target.owner}/${target.repo}`.toLowerCase();
    let known = visibility.get(key);
    if (known === undefined) {
      known = client.request("GET /repos/{owner}/{repo}", { owner: target.owner, repo: target.repo }).then(
        () => true,
        (error: unknown) => statusOf(error) !== 404,
      );
      visibility.set(key, known);
    }
    return known;
  };
  return {
    client,
    repo,
    repository: () => (repository ??= fetchRepository(client, repo, visibility)),
    isRepoVisible,
    isMissingResource: async (error) => statusOf(error) === 404 && (await isRepoVisible(repo)),
  };
}

async function fetchRepository(client: OctokitClient, repo: RepoRef, visibility: VisibilityMemo): Promise<RepositoryInfo> {
  const { data } = await client.request("GET /repos/{owner}/{repo}", { owner: repo.owner, repo: repo.repo });
  visibility.set(`${repo.owner}/${repo.repo}`.toLowerCase(), Promise.resolve(true));
  return {
    owner: data.owner.login,
    repo: data.name,
    defaultBranch: data.default_branch,
    private: data.private,
    archived: data.archived,
    htmlUrl: data.html_url,
    nodeId: data.node_id,
  };
}

/**
 * Wraps every method of a gateway group so that Octokit errors leave it as our typed errors. Doing it
 * once here keeps the individual methods about GitHub's endpoints, not about error handling.
 */
export function guardMethods<T extends object>(context: ApiContext, group: T): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(group) as [string, unknown][]) {
    if (typeof member !== "function") {
      guarded[name] = member;
      continue;
    }
    guarded[name] = async (...args: unknown[]): Promise<unknown> => {
      try {
        return await (member as (...a: unknown[]) => Promise<unknown>).apply(group, args);
      } catch (error) {
        throw await mapRequestError(error, (repo) => context.isRepoVisible(repo));
      }
    };
  }
  return guarded as T;
}
