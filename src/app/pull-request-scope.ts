import type { Context } from "probot";
import type { PullRequestRef } from "../flows/app/check-pull-request.js";

export type PullRequestEvent = Context<"pull_request.opened" | "pull_request.synchronize" | "pull_request.reopened">;

/** The pull request an event is about: number, head commit and base branch. */
export function pullRequestOf(context: PullRequestEvent): PullRequestRef {
  const pull = context.payload.pull_request;
  return { number: pull.number, headSha: pull.head.sha, baseRef: pull.base.ref };
}

/** The events on which a pull request's checks run: whenever its head commit may be new. */
export const PULL_REQUEST_EVENTS = ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"] as const;
