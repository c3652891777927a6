import type { Octokit } from "@octokit/rest";
import { createOctokit, type CreateOctokitOptions } from "../../src/github/create-octokit.js";
import { createOctokitGateway } from "../../src/github/create-octokit-gateway.js";
import type { GitHubGateway } from "../../src/github/gateway.js";
import { startFakeGitHub, type FakeGitHub, type RepoSeed } from "../support/fake-github/index.js";

export const REPO = { owner: "acme", repo: "widgets" } as const;

export interface Harness {
  gh: FakeGitHub;
  octokit: Octokit;
  gateway: GitHubGateway;
}

/**
 * A fake GitHub with one repository, acme/widgets, and a gateway over a real Octokit pointed at it.
 * Waits are scaled down a thousandfold so that retries and write pacing cost milliseconds.
 */
export async function startHarness(seed: Partial<RepoSeed> = {}, options: Partial<CreateOctokitOptions> = {}): Promise<Harness> {
  const gh = await startFakeGitHub();
  gh.addRepo({ ...REPO, files: { "README.md": "# widgets\n" }, ...seed });
  const octokit = createOctokit({ token: "test-token", baseUrl: gh.url, timeScale: 0.001, ...options });
  return { gh, octokit, gateway: createOctokitGateway(octokit, REPO) };
}

/** The requests the fake saw, as `METHOD /path` lines. */
export function requestLines(gh: FakeGitHub): string[] {
  return gh.requests.map((r) => `${r.method} ${r.path}`);
}
