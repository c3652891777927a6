import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./index.js";

let gh: FakeGitHub;
let octokit: Octokit;
const repo = { owner: "acme", repo: "app" };

beforeEach(async () => {
  gh = await startFakeGitHub({ validateResponses: true });
  gh.addRepo({ ...repo, files: { "README.md": "# App\n", "personas/sre.md": "---\nname: SRE\n---\n" } });
  octokit = new Octokit({
    baseUrl: gh.url,
    auth: "t",
    request: { retries: 0 },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
});

afterEach(async () => {
  await gh.close();
});

describe("contents API", () => {
  it("reads, updates and creates files with sha checks", async () => {
    const got = await octokit.rest.repos.getContent({ ...repo, path: "personas/sre.md" });
    if (Array.isArray(got.data) || got.data.type !== "file") throw new Error("expected a file");
    expect(Buffer.from(got.data.content, "base64").toString()).toBe("---\nname: SRE\n---\n");

    const stale = await octokit.rest.repos
      .createOrUpdateFileContents({
        ...repo,
        path: "personas/sre.md",
        message: "m",
        content: Buffer.from("x").toString("base64"),
        sha: "0".repeat(40),
      })
      .catch((e: unknown) => e);
    expect(stale).toMatchObject({ status: 409 });
    const missing = await octokit.rest.repos
      .createOrUpdateFileContents({ ...repo, path: "personas/sre.md", message: "m", content: Buffer.from("x").toString("base64") })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 422 });

    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: "personas/sre.md",
      message: "m",
      content: Buffer.from("new").toString("base64"),
      sha: got.data.sha,
    });
    expect(updated.status).toBe(200);
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: "docs/new.md",
      message: "m",
      content: Buffer.from("hi").toString("base64"),
    });
    expect(created.status).toBe(201);
    expect(gh.listFiles("acme", "app")).toEqual({ "README.md": "# App\n", "personas/sre.md": "new", "docs/new.md": "hi" });
  });

  it("lists a directory and answers 404 for a missing file", async () => {
    const dir = await octokit.rest.repos.getContent({ ...repo, path: "personas" });
    expect(Array.isArray(dir.data) && dir.data.map((e) => e.path)).toEqual(["personas/sre.md"]);
    await expect(octokit.rest.repos.getContent({ ...repo, path: "nope.md" })).rejects.toMatchObject({ status: 404 });
  });

  it("answers 304 to a conditional request with a matching ETag", async () => {
    const first = await octokit.rest.repos.getContent({ ...repo, path: "README.md" });
    const etag = first.headers.etag!;
    const again = await octokit.rest.repos
      .getContent({ ...repo, path: "README.md", headers: { "if-none-match": etag } })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ status: 304 });
    gh.commitFiles("acme", "app", { "README.md": "changed" });
    const changed = await octokit.rest.repos.getContent({ ...repo, path: "README.md", headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
  });
});

describe("git data API", () => {
  it("commits a tree on a new branch and moves the ref", async () => {
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/persona-governance/sync", sha: base.sha });
    const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: "owners\n", encoding: "utf-8" });
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.tree.sha,
      tree: [
        { path: ".github/CODEOWNERS", mode: "100644", type: "blob", sha: blob.sha },
        { path: "README.md", mode: "100644", type: "blob", sha: null },
      ],
    });
    const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message: "sync", tree: tree.sha, parents: [base.sha] });
    await octokit.rest.git.updateRef({ ...repo, ref: "heads/persona-governance/sync", sha: commit.sha });

    expect(gh.listFiles("acme", "app", "persona-governance/sync")).toEqual({
      ".github/CODEOWNERS": "owners\n",
      "personas/sre.md": "---\nname: SRE\n---\n",
    });
    const recursive = await octokit.rest.git.getTree({ ...repo, tree_sha: commit.tree.sha, recursive: "1" });
    expect(recursive.data.tree.map((e) => `${e.type}:${e.path}`).sort()).toEqual([
      "blob:.github/CODEOWNERS",
      "blob:personas/sre.md",
      "tree:.github",
      "tree:personas",
    ]);
    await expect(octokit.rest.git.updateRef({ ...repo, ref: "heads/persona-governance/sync", sha: base.sha })).rejects.toMatchObject({
      status: 422,
    });
  });
});
