import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../../src/github/errors.js";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ files: { "README.md": "# widgets\n", "CODEOWNERS": "* @acme/core\n" } });
});

afterEach(async () => {
  await h.gh.close();
});

const files = [
  { path: "CODEOWNERS", content: "* @acme/core\n/personas/sre.md @ada\n" },
  { path: ".github/ISSUE_TEMPLATE/persona-question.yml", content: "name: Persona question\n" },
];
const input = { branch: "persona-governance/sync", base: "main", message: "Sync persona files", files };

describe("commitFiles", () => {
  it("puts all files in one commit on a new branch based on base", async () => {
    const baseSha = (await h.gateway.git.getBranch("main"))!.sha;
    const result = await h.gateway.git.commitFiles(input);

    expect(result).toMatchObject({ changed: true, differsFromBase: true });
    const onBranch = h.gh.listFiles(REPO.owner, REPO.repo, "persona-governance/sync");
    expect(onBranch).toEqual({ "README.md": "# widgets\n", CODEOWNERS: files[0]!.content, ".github/ISSUE_TEMPLATE/persona-question.yml": files[1]!.content });
    expect(h.gh.repo(REPO.owner, REPO.repo).git.commits.get(result.commitSha)?.parents).toEqual([baseSha]);
    expect(h.gh.listFiles(REPO.owner, REPO.repo, "main")["CODEOWNERS"]).toBe("* @acme/core\n");
  });

  it("writes nothing when the branch already holds the same files on the same base", async () => {
    const first = await h.gateway.git.commitFiles(input);
    h.gh.resetLog();
    const second = await h.gateway.git.commitFiles({ ...input, files: [...files].reverse() });
    expect(second).toEqual({ commitSha: first.commitSha, changed: false, differsFromBase: true });
    expect(h.gh.writes()).toEqual([]);
  });

  it("rebuilds the branch from base when base moved or the files changed", async () => {
    const first = await h.gateway.git.commitFiles(input);
    const moved = h.gh.commitFiles(REPO.owner, REPO.repo, { "docs/new.md": "new\n" });
    const second = await h.gateway.git.commitFiles(input);
    expect(second.changed).toBe(true);
    expect(second.commitSha).not.toBe(first.commitSha);
    expect(h.gh.repo(REPO.owner, REPO.repo).git.commits.get(second.commitSha)?.parents).toEqual([moved]);

    const third = await h.gateway.git.commitFiles({ ...input, files: [{ path: "CODEOWNERS", content: "* @acme/other\n" }] });
    const onBranch = h.gh.listFiles(REPO.owner, REPO.repo, "persona-governance/sync");
    expect(third.changed).toBe(true);
    expect(onBranch["CODEOWNERS"]).toBe("* @acme/other\n");
    expect(onBranch[".github/ISSUE_TEMPLATE/persona-question.yml"]).toBeUndefined();
  });

  it("resets a sync branch that someone else pushed to", async () => {
    await h.gateway.git.commitFiles(input);
    h.gh.commitFiles(REPO.owner, REPO.repo, { "stray.txt": "x\n" }, { branch: "persona-governance/sync" });
    const again = await h.gateway.git.commitFiles(input);
    expect(again.changed).toBe(true);
    expect(h.gh.listFiles(REPO.owner, REPO.repo, "persona-governance/sync")["stray.txt"]).toBeUndefined();
  });

  it("makes no commit when the files equal base", async () => {
    const head = (await h.gateway.git.getBranch("main"))!.sha;
    const result = await h.gateway.git.commitFiles({ ...input, files: [{ path: "CODEOWNERS", content: "* @acme/core\n" }] });
    expect(result).toEqual({ commitSha: head, changed: false, differsFromBase: false });
    expect(h.gh.writes().map((w) => w.operationId)).toEqual(["git/create-tree"]);
  });

  it("commits straight onto base as a fast-forward when branch equals base", async () => {
    const before = (await h.gateway.git.getBranch("main"))!.sha;
    const result = await h.gateway.git.commitFiles({ ...input, branch: "main" });
    expect(result.changed).toBe(true);
    expect((await h.gateway.git.getBranch("main"))!.sha).toBe(result.commitSha);
    expect(h.gh.repo(REPO.owner, REPO.repo).git.commits.get(result.commitSha)?.parents).toEqual([before]);
    expect(h.gh.repo(REPO.owner, REPO.repo).git.commits.get(result.commitSha)?.message).toBe("Sync persona files");
  });

  it("says so when the base branch does not exist", async () => {
    const error = await h.gateway.git.commitFiles({ ...input, base: "trunk" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('Branch "trunk" does not exist in acme/widgets, so there is nothing to build the commit on. Name an existing base branch.');
  });

  it("answers undefined for a missing branch", async () => {
    expect(await h.gateway.git.getBranch("nope")).toBeUndefined();
  });
});
