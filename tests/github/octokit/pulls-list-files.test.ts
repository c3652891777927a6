import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ files: { "README.md": "# widgets\n", "personas/old.md": "old\n", "docs/a.md": "a\n" } });
});

afterEach(async () => {
  await h.gh.close();
});

describe("pulls.listFiles", () => {
  it("lists added, modified and removed files of a pull request", async () => {
    const { pull } = h.gh.addPullRequest(REPO.owner, REPO.repo, {
      head: "edit",
      title: "Edit",
      files: { "personas/sre.md": "sre\n", "docs/a.md": "changed\n", "personas/old.md": null },
    });
    const files = await h.gateway.pulls.listFiles(pull.number);
    expect(files.map((file) => [file.path, file.status]).sort()).toEqual([
      ["docs/a.md", "modified"],
      ["personas/old.md", "removed"],
      ["personas/sre.md", "added"],
    ]);
  });

  it("follows pagination past 100 files", async () => {
    const many = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`personas/p${i}.md`, `${i}\n`]));
    const { pull } = h.gh.addPullRequest(REPO.owner, REPO.repo, { head: "many", title: "Many", files: many });
    h.gh.resetLog();
    expect(await h.gateway.pulls.listFiles(pull.number)).toHaveLength(130);
    expect(h.gh.requests.filter((r) => r.operationId === "pulls/list-files")).toHaveLength(2);
  });
});
