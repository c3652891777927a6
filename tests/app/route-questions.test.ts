import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROUTING_MARKER } from "../../src/core/routing/routing-marker.js";
import { ORG, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { botComments, fileQuestion, issuePayload } from "./support/issue-events.js";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp();
});

afterEach(async () => {
  await h.close();
});

/** The SRE team sorted by login, as round-robin walks it. */
const SRE_TEAM = ["ravi", "sam", "tess"];

describe("question routing", () => {
  it("routes a form question: persona label, one team member by round-robin, one comment", async () => {
    const issue = fileQuestion(h.gh, "SRE");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(h.gh.issueLabels(ORG, REPO, issue.number).sort()).toEqual(["persona-question", "persona: SRE"]);
    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual([SRE_TEAM[issue.number % 3]]);
    const comments = botComments(h.gh, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain(ROUTING_MARKER);
    expect(comments[0]).toContain("2 business days");
  });

  it("writes nothing when the same delivery arrives again", async () => {
    const issue = fileQuestion(h.gh, "SRE");
    const payload = issuePayload(h, "opened", issue);
    await h.deliver("issues", payload, "delivery-1");
    h.gh.resetLog();
    await h.deliver("issues", structuredClone(payload), "delivery-1");

    expect(h.gh.writes()).toEqual([]);
    expect(botComments(h.gh, issue.number)).toHaveLength(1);
    expect(h.gh.issueLabels(ORG, REPO, issue.number)).toHaveLength(2);
    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toHaveLength(1);
  });

  it("does not duplicate anything on a later edit of the routed issue", async () => {
    const issue = fileQuestion(h.gh, "Backend Developer");
    await h.deliver("issues", issuePayload(h, "opened", issue));
    const stalePayload = issuePayload(h, "edited", { ...issue, labelIds: [] });
    h.gh.resetLog();
    await h.deliver("issues", stalePayload);

    expect(h.gh.writes()).toEqual([]);
    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual(["alice"]);
  });

  it("costs four API calls per question once the program is cached", async () => {
    await h.deliver("issues", issuePayload(h, "opened", fileQuestion(h.gh, "SRE")));
    const second = fileQuestion(h.gh, "Backend Developer");
    h.gh.resetLog();
    await h.deliver("issues", issuePayload(h, "opened", second));

    expect(h.gh.requests.map((r) => r.operationId)).toEqual(["issues/list-comments", "issues/add-labels", "issues/add-assignees", "issues/create-comment"]);
  });

  it("revalidates the cached program with a conditional request once it is no longer fresh", async () => {
    await h.deliver("issues", issuePayload(h, "opened", fileQuestion(h.gh, "SRE")));
    h.clock.now += 61_000;
    h.gh.resetLog();
    await h.deliver("issues", issuePayload(h, "opened", fileQuestion(h.gh, "Backend Developer")));

    const refs = h.gh.requests.filter((r) => r.operationId === "git/get-ref");
    expect(refs.map((r) => r.status)).toEqual([304]);
    expect(h.gh.requests).toHaveLength(5);
  });

  it("labels an unknown persona needs-persona, lists the personas and assigns nobody", async () => {
    const issue = fileQuestion(h.gh, "Quantum Developer");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(h.gh.issueLabels(ORG, REPO, issue.number)).toContain("needs-persona");
    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual([]);
    const [comment] = botComments(h.gh, issue.number);
    expect(comment).toContain("SRE");
    expect(comment).toContain("Backend Developer");
  });

  it("takes turns within a team champion: consecutive questions go to consecutive members", async () => {
    const first = fileQuestion(h.gh, "SRE");
    const second = fileQuestion(h.gh, "site reliability");
    await h.deliver("issues", issuePayload(h, "opened", first));
    await h.deliver("issues", issuePayload(h, "opened", second));

    const picked = [first, second].map((issue) => h.gh.issue(ORG, REPO, issue.number)?.assignees);
    expect(picked).toEqual([[SRE_TEAM[first.number % 3]], [SRE_TEAM[second.number % 3]]]);
    expect(picked[0]).not.toEqual(picked[1]);
  });

  it("sends a retired persona's question to its parent's champions", async () => {
    const issue = fileQuestion(h.gh, "Production Tooling");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(h.gh.issueLabels(ORG, REPO, issue.number)).toContain("persona: Production Tooling");
    expect(SRE_TEAM).toContain(h.gh.issue(ORG, REPO, issue.number)?.assignees[0]);
    expect(botComments(h.gh, issue.number)[0]).toContain("SRE");
  });

  it("routes a persona label added by hand", async () => {
    const issue = h.gh.addIssue(ORG, REPO, { title: "How do backend folks deploy?", body: "Plain text, no form.", user: "jo", labels: ["persona: Backend Developer"] });
    await h.deliver("issues", issuePayload(h, "labeled", issue, { label: "persona: Backend Developer", sender: "pat" }));

    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual(["alice"]);
    expect(h.gh.issueLabels(ORG, REPO, issue.number)).toContain("persona-question");
  });

  it("quotes untrusted text inertly: no ping, no HTML", async () => {
    const issue = fileQuestion(h.gh, "@alice <img src=x onerror=alert(1)> **now**");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    const [comment] = botComments(h.gh, issue.number);
    expect(comment).toBeDefined();
    expect(comment).not.toMatch(/@alice/);
    expect(comment).toContain("\\<img");
    expect(comment).not.toMatch(/(?<!\\)<img/);
    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual([]);
  });

  it("ignores events caused by bots, its own included", async () => {
    const issue = fileQuestion(h.gh, "SRE");
    h.gh.resetLog();
    await h.deliver("issues", issuePayload(h, "opened", issue, { sender: "persona-governance[bot]" }));
    const payload = issuePayload(h, "opened", issue);
    payload["sender"] = { ...(payload["sender"] as object), login: "renovate[bot]", type: "Bot" };
    await h.deliver("issues", payload);

    expect(h.gh.requests).toEqual([]);
  });

  it("leaves issues that are not persona questions alone", async () => {
    const issue = h.gh.addIssue(ORG, REPO, { title: "Build is red", body: "CI fails on main", user: "jo" });
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(h.gh.writes()).toEqual([]);
  });

  it("stops at a missing permission, logs it in one line, and posts no comment claiming work not done", async () => {
    h.gh.failNext({ operationId: "issues/add-labels", status: 403, body: { message: "Resource not accessible by integration" } });
    const issue = fileQuestion(h.gh, "SRE");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(botComments(h.gh, issue.number)).toEqual([]);
    const warnings = h.logs.filter((line) => line.level === "warn").map((line) => line.message);
    expect(warnings).toEqual([expect.stringMatching(/add-labels failed: GitHub refused POST .*\(403\)/)]);
  });
});
