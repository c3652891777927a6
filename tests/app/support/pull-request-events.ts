import { ORG, REPO, type AppHarness } from "./app-harness.js";
import { examplePayload, retarget, userObject } from "./payloads.js";

/** Opens a pull request in the fake from branch `head` with `files`, and returns its webhook payload. */
export function openPullRequest(
  h: AppHarness,
  head: string,
  files: Record<string, string | null>,
  action: "opened" | "synchronize" | "reopened" = "opened",
): { number: number; headSha: string; payload: Record<string, unknown> } {
  const { pull } = h.gh.addPullRequest(ORG, REPO, { head, title: `Change ${head}`, user: "alice", files });
  const headSha = h.gh.repo(ORG, REPO).git.refs.get(`heads/${head}`) ?? "";
  const payload = retarget(examplePayload("pull_request", action), h.target("alice"));
  const example = payload["pull_request"] as Record<string, Record<string, unknown>>;
  payload["number"] = pull.number;
  payload["pull_request"] = {
    ...example,
    number: pull.number,
    user: userObject("alice"),
    head: { ...example["head"], ref: head, sha: headSha },
    base: { ...example["base"], ref: "main" },
  };
  return { number: pull.number, headSha, payload };
}

/** The check runs the App created on a commit, by name. */
export function checkRuns(h: AppHarness, headSha: string, name: string) {
  return h.gh.repo(ORG, REPO).checkRuns.filter((run) => run.headSha === headSha && run.name === name);
}
