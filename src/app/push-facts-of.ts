import type { Context } from "probot";
import type { PushFacts } from "../flows/app/program-push.js";

/** GitHub lists at most this many commits in a push payload. */
const PAYLOAD_COMMIT_LIMIT = 20;

/** What the App needs from a `push` payload. */
export function pushFactsOf(payload: Context<"push">["payload"]): PushFacts {
  const paths = new Set<string>();
  for (const commit of payload.commits) {
    for (const path of [...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? [])]) paths.add(path);
  }
  return {
    ref: payload.ref,
    defaultBranch: payload.repository.default_branch,
    deleted: payload.deleted,
    changedPaths: [...paths],
    complete: !payload.forced && payload.commits.length < PAYLOAD_COMMIT_LIMIT,
  };
}
