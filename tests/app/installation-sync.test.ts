import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ORG, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { installationPayload } from "./support/installation-events.js";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp();
  h.gh.addRepo({ owner: ORG, repo: "website", files: { "index.html": "<p>hi</p>\n" } });
});

afterEach(async () => {
  await h.close();
});

describe("installation sync", () => {
  it("syncs each newly installed repository that holds a persona program, and only those", async () => {
    const { name, payload } = installationPayload("created", [REPO, "website"]);
    await h.deliver(name, payload);

    expect(h.gh.labelNames(ORG, REPO)).toEqual(expect.arrayContaining(["persona: SRE", "persona: Backend Developer", "persona-question"]));
    expect(h.gh.pulls(ORG, REPO)).toHaveLength(1);
    expect(h.gh.writes().filter((r) => r.path.startsWith(`/repos/${ORG}/website`))).toEqual([]);
  });

  it("syncs a repository added to an existing installation", async () => {
    const { name, payload } = installationPayload("added", [REPO]);
    await h.deliver(name, payload);

    expect(h.gh.pulls(ORG, REPO)).toHaveLength(1);
  });
});
