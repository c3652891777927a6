import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokitGateway } from "../../../src/github/create-octokit-gateway.js";
import { NotFoundError } from "../../../src/github/errors.js";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

const FILES = {
  "README.md": "# widgets\n",
  ".github/persona-governance.yml": "personas:\n  path: personas\n",
  "personas/sre.md": "---\nname: SRE\n---\n## Role Summary\nKeeps things up. ✓\n",
  "personas/backend.md": "---\nname: Backend\n---\n",
  "src/index.ts": "export {};\n",
};

beforeEach(async () => {
  h = await startHarness({ files: FILES, private: true });
});

afterEach(async () => {
  await h.gh.close();
});

describe("repository", () => {
  it("describes the repository once per gateway", async () => {
    const info = await h.gateway.repo.getRepository();
    await h.gateway.repo.getRepository();
    expect(info).toMatchObject({ owner: "acme", repo: "widgets", defaultBranch: "main", private: true, archived: false });
    expect(info.htmlUrl).toBe("https://github.com/acme/widgets");
    expect(h.gh.requests).toHaveLength(1);
  });

  it("reads a UTF-8 file with its blob sha, and undefined for a missing one", async () => {
    const file = await h.gateway.repo.getFile("personas/sre.md");
    expect(file?.text).toBe(FILES["personas/sre.md"]);
    expect(file?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(Buffer.from(file!.bytes).toString("utf8")).toBe(FILES["personas/sre.md"]);
    expect(await h.gateway.repo.getFile("personas/missing.md")).toBeUndefined();
    expect(await h.gateway.repo.getFile("personas")).toBeUndefined();
  });

  it("reads a file at another ref", async () => {
    h.gh.commitFiles(REPO.owner, REPO.repo, { "personas/sre.md": "on a branch\n" }, { branch: "feature" });
    expect((await h.gateway.repo.getFile("personas/sre.md", "feature"))?.text).toBe("on a branch\n");
    expect((await h.gateway.repo.getFile("personas/sre.md"))?.text).toBe(FILES["personas/sre.md"]);
  });

  it("answers a conditional read with unchanged while the ETag matches", async () => {
    const first = await h.gateway.repo.getFileIfChanged(".github/persona-governance.yml", undefined);
    expect(first.status).toBe("changed");
    const etag = first.status === "changed" ? first.etag : undefined;
    expect(etag).toBeDefined();

    expect(await h.gateway.repo.getFileIfChanged(".github/persona-governance.yml", etag)).toEqual({ status: "unchanged" });
    h.gh.commitFiles(REPO.owner, REPO.repo, { ".github/persona-governance.yml": "personas:\n  path: docs/personas\n" });
    const after = await h.gateway.repo.getFileIfChanged(".github/persona-governance.yml", etag);
    expect(after.status === "changed" && after.file.text).toBe("personas:\n  path: docs/personas\n");
    expect(await h.gateway.repo.getFileIfChanged("nope.yml", etag)).toEqual({ status: "missing" });
  });

  it("lists every path of the default branch with one tree request", async () => {
    h.gh.resetLog();
    const paths = await h.gateway.repo.listPaths();
    expect([...paths].sort()).toEqual(Object.keys(FILES).sort());
    expect(h.gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /repos/acme/widgets", "GET /repos/acme/widgets/git/trees/main"]);
  });

  it("lists a tree at an explicit ref without asking for the repository", async () => {
    h.gh.resetLog();
    const tree = await h.gateway.repo.listTree("main");
    expect(tree.find((f) => f.path === "src/index.ts")).toMatchObject({ mode: "100644", size: 11 });
    expect(h.gh.requests).toHaveLength(1);
  });

  it("walks the tree level by level when GitHub truncates the recursive listing", async () => {
    const record = h.gh.repo(REPO.owner, REPO.repo);
    const rootTree = record.git.commits.get(record.git.refs.get("heads/main")!)!.tree;
    h.gh.failNext({ method: "GET", path: "/repos/acme/widgets/git/trees/main", status: 200, body: { sha: rootTree, url: "", tree: [], truncated: true } });
    h.gh.resetLog();

    const paths = await h.gateway.repo.listPaths("main");

    expect([...paths].sort()).toEqual(Object.keys(FILES).sort());
    const treeCalls = h.gh.requests.map((r) => [r.path.replace(/[0-9a-f]{40}/, "SHA"), r.query["recursive"] ?? "-"]);
    expect(treeCalls[0]).toEqual(["/repos/acme/widgets/git/trees/main", "1"]);
    expect(treeCalls[1]).toEqual(["/repos/acme/widgets/git/trees/SHA", "-"]);
    expect(treeCalls.slice(2).every(([, recursive]) => recursive === "1")).toBe(true);
    expect(treeCalls).toHaveLength(2 + 3);
  });

  it("reads several files, leaving out the missing ones, and blobs by sha", async () => {
    const files = await h.gateway.repo.readFiles(["personas/sre.md", "personas/backend.md", "personas/nobody.md"]);
    expect([...files.keys()].sort()).toEqual(["personas/backend.md", "personas/sre.md"]);
    const blob = await h.gateway.repo.readBlob(files.get("personas/sre.md")!.sha, "personas/sre.md");
    expect(blob.text).toBe(FILES["personas/sre.md"]);
  });

  it("throws for a missing repository instead of pretending its files are missing", async () => {
    const gateway = createOctokitGateway(h.octokit, { owner: "acme", repo: "nothing-here" });
    const error = await gateway.repo.getFile("personas/sre.md").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).subject).toBe("repository");
    expect((error as Error).message).toBe(
      "Repository acme/nothing-here was not found, or the token cannot see it (GitHub answers 404 for both). Check the name, and that the token has access to acme/nothing-here: install the GitHub App on it, or use a token that can read it.",
    );
    const second = await gateway.labels.list().catch((e: unknown) => e);
    expect((second as NotFoundError).subject).toBe("repository");
    expect(h.gh.requests.filter((r) => r.path === "/repos/acme/nothing-here")).toHaveLength(1);
  });

  it("reads another repository through forRepo, sharing the request count", async () => {
    h.gh.addRepo({ owner: "acme", repo: "personas", files: { "personas/sre.md": "central\n" } });
    const central = h.gateway.forRepo({ owner: "acme", repo: "personas" });
    expect((await central.repo.getFile("personas/sre.md"))?.text).toBe("central\n");
    expect(central.repoRef).toEqual({ owner: "acme", repo: "personas" });
    expect(h.gateway.stats().requests).toBe(central.stats().requests);
  });
});
