import type { Octokit } from "@octokit/rest";

/**
 * The part of an Octokit instance the gateway uses: `request` for REST, `graphql`, and `hook` to count
 * calls. Typed structurally so that our own `createOctokit()`, Probot's `context.octokit` and
 * `@actions/github`'s `getOctokit()` all fit; they share `@octokit/core`, whose `request` is typed from
 * GitHub's OpenAPI description.
 */
export type OctokitClient = Pick<Octokit, "request" | "graphql" | "hook">;
