import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.gh.close();
});

describe("git.getBranchIfChanged", () => {
  it("answers unchanged from the ETag until the branch moves", async () => {
    const first = await h.gateway.git.getBranchIfChanged("main", undefined);
    if (first.status !== "changed") throw new Error(`expected a head, got ${first.status}`);
    expect(first.sha).toBe((await h.gateway.git.getBranch("main"))?.sha);
    expect(first.etag).toBeDefined();

    expect(await h.gateway.git.getBranchIfChanged("main", first.etag)).toEqual({ status: "unchanged" });
    expect(h.gh.requests.at(-1)?.status).toBe(304);

    const sha = h.gh.commitFiles(REPO.owner, REPO.repo, { "personas/sre.md": "sre\n" });
    const moved = await h.gateway.git.getBranchIfChanged("main", first.etag);
    expect(moved).toMatchObject({ status: "changed", sha });
  });

  it("reports a branch that does not exist as missing", async () => {
    expect(await h.gateway.git.getBranchIfChanged("nope", undefined)).toEqual({ status: "missing" });
  });
});
