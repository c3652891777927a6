import { createOctokit } from "../src/github/create-octokit.js";
import { createOctokitGateway } from "../src/github/create-octokit-gateway.js";
import type { GitHubGateway, RepoRef } from "../src/github/gateway.js";
import { parseRepoRef } from "../src/github/repo-ref.js";
import { InputError } from "./errors.js";
import type { CommandContext } from "./commands/command.js";

/**
 * The workflow's repository, or a clear input error naming the command that needs it. Every command
 * that talks to GitHub starts here, so the messages and the test-only time scale are the same for all.
 */
export function actionRepository(context: CommandContext, command: string): RepoRef {
  const repo = parseRepoRef(context.env.GITHUB_REPOSITORY ?? "");
  if (repo === undefined) throw new InputError(`GITHUB_REPOSITORY is not set to owner/name; command '${command}' runs inside a GitHub Actions job.`);
  return repo;
}

/**
 * A gateway on `token` (the `github-token` input unless another is given). `PERSONA_GOV_TIME_SCALE`
 * shrinks retry and pacing waits; only tests set it.
 */
export function connectActionGateway(context: CommandContext, command: string, token = context.inputs.githubToken): GitHubGateway {
  if (token === "") throw new InputError(`Input 'github-token' is empty; command '${command}' needs it (the default, \`\${{ github.token }}\`, works).`);
  const { env } = context;
  const scale = Number(env.PERSONA_GOV_TIME_SCALE ?? "1");
  const octokit = createOctokit({
    token,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    timeScale: Number.isFinite(scale) && scale > 0 ? scale : 1,
  });
  return createOctokitGateway(octokit, actionRepository(context, command));
}

/** The clock; `PERSONA_GOV_NOW` (ISO 8601) pins it, for back-filling a past cycle and for tests. */
export function readActionNow(env: Record<string, string | undefined>): Date {
  const pinned = env.PERSONA_GOV_NOW;
  if (pinned === undefined || pinned === "") return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new InputError(`PERSONA_GOV_NOW must be an ISO 8601 time such as 2026-11-02T09:00:00Z (got '${pinned.slice(0, 40)}').`);
  return date;
}
