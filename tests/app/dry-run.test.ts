import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startApp, type AppHarness } from "./support/app-harness.js";
import { fileQuestion, issuePayload } from "./support/issue-events.js";
import { openPullRequest } from "./support/pull-request-events.js";
import { pushToMain } from "./support/push-events.js";
import { personaDoc } from "../support/persona-builder.js";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp({ settings: { dryRun: true } });
});

afterEach(async () => {
  await h.close();
});

describe("PERSONA_GOV_DRY_RUN", () => {
  it("logs what routing, checks and the sync would do, and writes nothing", async () => {
    await h.deliver("issues", issuePayload(h, "opened", fileQuestion(h.gh, "SRE")));
    const web = personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] } });
    await h.deliver("pull_request", openPullRequest(h, "web", { "personas/web.md": web }).payload);
    await h.deliver("push", pushToMain(h, { "personas/web.md": web }));

    expect(h.gh.writes()).toEqual([]);
    const said = h.logs.map((line) => line.message);
    expect(said).toContain("question routing #1: planned add-labels, planned assign, planned comment-create");
    expect(said.some((line) => line.startsWith("pull request check: #"))).toBe(true);
    expect(said.some((line) => line.startsWith("sync: "))).toBe(true);
  });
});
