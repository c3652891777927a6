import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.gh.close();
});

describe("pull requests", () => {
  it("creates, finds by head branch and updates a pull request", async () => {
    await h.gateway.git.commitFiles({ branch: "persona-governance/sync", base: "main", message: "m", files: [{ path: "a.md", content: "a\n" }] });
    expect(await h.gateway.pulls.findOpen("persona-governance/sync")).toBeUndefined();

    const created = await h.gateway.pulls.create({ head: "persona-governance/sync", base: "main", title: "Sync personas", body: "Plan" });
    expect(created).toMatchObject({ title: "Sync personas", body: "Plan", headBranch: "persona-governance/sync", baseBranch: "main" });

    const found = await h.gateway.pulls.findOpen("persona-governance/sync");
    expect(found?.number).toBe(created.number);
    const updated = await h.gateway.pulls.update(created.number, { body: "New plan" });
    expect(updated).toMatchObject({ number: created.number, title: "Sync personas", body: "New plan" });
    expect(h.gh.pulls(REPO.owner, REPO.repo)).toHaveLength(1);
  });

  it("does not find a pull request from another branch", async () => {
    h.gh.addPullRequest(REPO.owner, REPO.repo, { head: "feature", title: "Feature", files: { "b.md": "b\n" } });
    expect(await h.gateway.pulls.findOpen("persona-governance/sync")).toBeUndefined();
    expect((await h.gateway.pulls.findOpen("feature"))?.title).toBe("Feature");
  });
});
