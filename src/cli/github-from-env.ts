import { createOctokit } from "../github/create-octokit.js";
import { createOctokitGateway } from "../github/create-octokit-gateway.js";
import { GitHubError } from "../github/errors.js";
import type { GitHubGateway, RepoRef } from "../github/gateway.js";
import { formatRepoRef, parseRepoRef } from "../github/repo-ref.js";
import { UsageError } from "./errors.js";

export const DEFAULT_API_URL = "https://api.github.com";

/** How a CLI command reaches GitHub, from its flags and the environment. */
export interface GitHubSettings {
  /** `GITHUB_TOKEN`, else `GH_TOKEN`; undefined when neither is set. */
  token: string | undefined;
  /** `GITHUB_API_URL`, so GitHub Enterprise Server works (`https://HOST/api/v3`). */
  apiUrl: string;
  /** `--repo`, else `GITHUB_REPOSITORY`. */
  repo: RepoRef | undefined;
  /**
   * Multiplies every retry and pacing wait (`PERSONA_GOV_TIME_SCALE`, default 1). Only tests running
   * the CLI against a local fake GitHub lower it.
   */
  timeScale: number;
}

/**
 * Reads the token, API base and repository a command talks to. Shared by every CLI command that uses
 * GitHub, so they all honour the same variables.
 *
 * @throws UsageError when `--repo`, `GITHUB_REPOSITORY` or `GITHUB_API_URL` is malformed
 */
export function readGitHubSettings(env: Record<string, string | undefined>, repoFlag?: string): GitHubSettings {
  const token = nonEmpty(env.GITHUB_TOKEN) ?? nonEmpty(env.GH_TOKEN);
  return { token, apiUrl: readApiUrl(env.GITHUB_API_URL), repo: readRepo(repoFlag, env.GITHUB_REPOSITORY), timeScale: readTimeScale(env.PERSONA_GOV_TIME_SCALE) };
}

/**
 * A gateway for the settings' repository. `purpose` completes the messages for what is missing, e.g.
 * "apply needs a token: set GITHUB_TOKEN …".
 *
 * @throws UsageError when there is no token or no repository
 */
export function connectGitHub(settings: GitHubSettings, purpose: string, warn?: (message: string) => void): GitHubGateway {
  const repo = settings.repo;
  if (settings.token === undefined) {
    const target = repo === undefined ? "the repository" : formatRepoRef(repo);
    throw new UsageError(
      `${purpose} needs a token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can write to ${target} (issues: write for labels; contents: write and pull-requests: write for files).`,
    );
  }
  if (repo === undefined) throw new UsageError(`${purpose} needs a repository: pass --repo owner/name, or set GITHUB_REPOSITORY.`);
  const octokit = createOctokit({ token: settings.token, baseUrl: settings.apiUrl, timeScale: settings.timeScale, ...(warn === undefined ? {} : { warn }) });
  return createOctokitGateway(octokit, repo);
}

/**
 * Runs a command body, turning the gateway's typed errors (a missing permission, a repository the token
 * cannot see, a rate limit) into the CLI's usage errors: their messages already say what to do, so the
 * user gets that message and exit code 2 rather than a stack trace.
 */
export async function withGitHubErrors<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof GitHubError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

function readApiUrl(value: string | undefined): string {
  const url = nonEmpty(value);
  if (url === undefined) return DEFAULT_API_URL;
  if (!/^https?:\/\/[^/\s]+/i.test(url)) {
    throw new UsageError(`GITHUB_API_URL must be an http(s) URL such as ${DEFAULT_API_URL} or https://HOST/api/v3 (got '${printable(url)}').`);
  }
  return url.replace(/\/+$/, "");
}

function readRepo(flag: string | undefined, fromEnv: string | undefined): RepoRef | undefined {
  if (flag !== undefined) {
    const repo = parseRepoRef(flag);
    if (repo === undefined) throw new UsageError(`--repo must be owner/name, e.g. acme/widgets (got '${printable(flag)}').`);
    return repo;
  }
  const named = nonEmpty(fromEnv);
  if (named === undefined) return undefined;
  const repo = parseRepoRef(named);
  if (repo === undefined) throw new UsageError(`GITHUB_REPOSITORY must be owner/name, e.g. acme/widgets (got '${printable(named)}'); pass --repo to override it.`);
  return repo;
}

function readTimeScale(value: string | undefined): number {
  const scale = Number(nonEmpty(value) ?? "1");
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

function printable(value: string): string {
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return cleaned.length > 80 ? `${cleaned.slice(0, 77)}...` : cleaned;
}
