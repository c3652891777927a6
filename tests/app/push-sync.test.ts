import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personaDoc } from "../support/persona-builder.js";
import { ORG, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { fileQuestion, issuePayload } from "./support/issue-events.js";
import { pushToMain } from "./support/push-events.js";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp();
});

afterEach(async () => {
  await h.close();
});

const WEB_DOC = personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] } });

describe("push sync", () => {
  it("applies the sync through one pull request when the persona docs change on the default branch", async () => {
    await h.deliver("push", pushToMain(h, { "personas/web.md": WEB_DOC }));

    expect(h.gh.labelNames(ORG, REPO)).toEqual(expect.arrayContaining(["persona: Web Developer", "persona: SRE", "persona-question", "needs-persona"]));
    const pulls = h.gh.pulls(ORG, REPO);
    expect(pulls).toHaveLength(1);
    expect(h.gh.readFile(ORG, REPO, ".github/CODEOWNERS", pulls[0]?.pull.head)).toContain("@wendy");
  });

  it("converges: the same push again writes nothing", async () => {
    const payload = pushToMain(h, { "personas/web.md": WEB_DOC });
    await h.deliver("push", payload);
    h.gh.resetLog();
    await h.deliver("push", structuredClone(payload));

    expect(h.gh.writes()).toEqual([]);
  });

  it("does nothing for a push that leaves the program alone, or for another branch", async () => {
    await h.deliver("push", pushToMain(h, { "src/app.ts": "export {};\n" }));
    await h.deliver("push", pushToMain(h, { "personas/web.md": WEB_DOC }, { ref: "refs/heads/feature" }));

    expect(h.gh.writes()).toEqual([]);
  });

  it("drops the cached personas, so the next question sees a new persona at once", async () => {
    await h.deliver("issues", issuePayload(h, "opened", fileQuestion(h.gh, "SRE")));
    await h.deliver("push", pushToMain(h, { "personas/web.md": WEB_DOC }));
    const issue = fileQuestion(h.gh, "Web Developer");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual(["wendy"]);
  });
});
