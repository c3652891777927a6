import { createHash } from "node:crypto";
import { NotFoundError } from "../errors.js";
import type { CommitFilesInput, CommitFilesResult, ConditionalBranch, GitGateway } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { statusOf } from "./request-error.js";

/** The commit-message trailer that records what a sync commit holds, so a re-run can recognise it. */
const FINGERPRINT_TRAILER = "Persona-Governance-Fingerprint";

interface BranchHead {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

export function createGitApi(context: ApiContext): GitGateway {
  return {
    async getBranch(branch) {
      const head = await readBranch(context, branch);
      return head === undefined ? undefined : { sha: head.sha, treeSha: head.treeSha };
    },
    getBranchIfChanged: (branch, etag) => readBranchIfChanged(context, branch, etag),
    commitFiles: (input) => commitFiles(context, input),
  };
}

/** The ref, not the branch: its answer is small and its ETag changes only when the head moves. */
async function readBranchIfChanged(context: ApiContext, branch: string, etag: string | undefined): Promise<ConditionalBranch> {
  try {
    const response = await context.client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      ...context.repo,
      ref: `heads/${branch}`,
      ...(etag ? { headers: { "if-none-match": etag } } : {}),
    });
    return { status: "changed", sha: response.data.object.sha, etag: response.headers.etag };
  } catch (error) {
    if (statusOf(error) === 304) return { status: "unchanged" };
    if (await context.isMissingResource(error)) return { status: "missing" };
    throw error;
  }
}

/**
 * One commit of `files` on top of `base`. A sync branch is rebuilt from base every time, so it never
 * drifts; its commit carries a fingerprint of base + files, and when the branch already has exactly
 * that, nothing is written at all (no tree, no commit, no ref update).
 */
async function commitFiles(context: ApiContext, input: CommitFilesInput): Promise<CommitFilesResult> {
  const { client, repo } = context;
  const base = await readBranch(context, input.base);
  if (base === undefined) {
    throw new NotFoundError(`Branch "${input.base}" does not exist in ${repo.owner}/${repo.repo}, so there is nothing to build the commit on. Name an existing base branch.`, { subject: "resource" });
  }
  const direct = input.branch === input.base;
  const fingerprint = fingerprintOf(base.sha, input.files);
  const current = direct ? base : await readBranch(context, input.branch);
  if (!direct && current?.parents.length === 1 && current.parents[0] === base.sha && trailerOf(current.message) === fingerprint) {
    return { commitSha: current.sha, changed: false, differsFromBase: true };
  }
  const { data: tree } = await client.request("POST /repos/{owner}/{repo}/git/trees", {
    ...repo,
    base_tree: base.treeSha,
    tree: input.files.map((file) => ({ path: file.path, mode: "100644" as const, type: "blob" as const, content: file.content })),
  });
  if (tree.sha === base.treeSha) return { commitSha: base.sha, changed: false, differsFromBase: false };
  const message = direct ? input.message : `${input.message.trimEnd()}\n\n${FINGERPRINT_TRAILER}: ${fingerprint}\n`;
  const { data: commit } = await client.request("POST /repos/{owner}/{repo}/git/commits", { ...repo, message, tree: tree.sha, parents: [base.sha] });
  await moveBranch(context, input.branch, commit.sha, current !== undefined, !direct);
  return { commitSha: commit.sha, changed: true, differsFromBase: true };
}

async function readBranch(context: ApiContext, branch: string): Promise<BranchHead | undefined> {
  try {
    const { data } = await context.client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...context.repo, branch });
    return { sha: data.commit.sha, treeSha: data.commit.commit.tree.sha, parents: data.commit.parents.map((p) => p.sha), message: data.commit.commit.message };
  } catch (error) {
    if (await context.isMissingResource(error)) return undefined;
    throw error;
  }
}

async function moveBranch({ client, repo }: ApiContext, branch: string, sha: string, exists: boolean, force: boolean): Promise<void> {
  if (exists) {
    await client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref: `heads/${branch}`, sha, force });
    return;
  }
  try {
    await client.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/heads/${branch}`, sha });
  } catch (error) {
    // Another run created the branch between our read and this write: take it over.
    if (statusOf(error) !== 422) throw error;
    await client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repo, ref: `heads/${branch}`, sha, force: true });
  }
}

/** Identifies "these files on top of that base commit" by content, using git's own blob hashing. */
function fingerprintOf(baseSha: string, files: CommitFilesInput["files"]): string {
  const entries = files.map((file) => `${file.path}\0${gitBlobSha(file.content)}`).sort();
  return createHash("sha256").update([baseSha, ...entries].join("\n")).digest("hex").slice(0, 40);
}

function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

function trailerOf(message: string): string | undefined {
  const match = new RegExp(`^${FINGERPRINT_TRAILER}: ([0-9a-f]+)\\s*$`, "m").exec(message);
  return match?.[1];
}
