import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Decision } from "../../src/core/routing/decision.js";
import { applyDecisions } from "../../src/github/apply-decisions.js";
import { REPO, requestLines, startHarness, type Harness } from "./harness.js";

let h: Harness;
let issue: number;

beforeEach(async () => {
  h = await startHarness();
  h.gh.addUser("alice");
  h.gh.setPermission(REPO.owner, REPO.repo, "alice", "write");
  issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Question", user: "jo", labels: ["needs-persona"] }).number;
});

afterEach(async () => {
  await h.gh.close();
});

describe("applyDecisions", () => {
  it("carries out each decision in order, one request each", async () => {
    const decisions: Decision[] = [
      { kind: "remove-labels", issue, labels: ["needs-persona"], reason: "routed" },
      { kind: "add-labels", issue, labels: ["persona: SRE"], reason: "routed" },
      { kind: "assign", issue, logins: ["alice"], reason: "champion" },
      { kind: "comment-create", issue, role: { kind: "routing" }, body: "Routed.", reason: "explain" },
      { kind: "close", issue, stateReason: "completed", reason: "answered" },
    ];
    const outcomes = await applyDecisions(h.gateway, decisions, { dryRun: false });

    expect(outcomes.map((o) => o.status)).toEqual(["applied", "applied", "applied", "applied", "applied"]);
    expect(h.gh.issueLabels(REPO.owner, REPO.repo, issue)).toEqual(["persona: SRE"]);
    expect(h.gh.issue(REPO.owner, REPO.repo, issue)).toMatchObject({ assignees: ["alice"], state: "closed", stateReason: "completed" });
    expect(h.gh.comments(REPO.owner, REPO.repo, issue).map((c) => c.body)).toEqual(["Routed."]);
    expect(requestLines(h.gh)).toHaveLength(5);
  });

  it("sends nothing in a dry run and reports every write as planned", async () => {
    const outcomes = await applyDecisions(h.gateway, [{ kind: "add-labels", issue, labels: ["x"], reason: "r" }, { kind: "skip", reason: "already there" }], { dryRun: true });

    expect(outcomes.map((o) => [o.status, o.detail])).toEqual([["planned", "r"], ["skipped", "already there"]]);
    expect(h.gh.requests).toEqual([]);
  });

  it("reports /accept's pull request as unsupported instead of pretending", async () => {
    const outcomes = await applyDecisions(
      h.gateway,
      [{ kind: "accept-survey-question", issue, personaId: "sre", question: { text: "How is paging?", type: "scale" }, reason: "accepted" }],
      { dryRun: false },
    );

    expect(outcomes[0]?.status).toBe("unsupported");
    expect(h.gh.requests).toEqual([]);
  });

  it("stops after a missing permission and reports the rest as not attempted", async () => {
    h.gh.failNext({ operationId: "issues/add-labels", status: 403, body: { message: "Resource not accessible by integration" } });
    const outcomes = await applyDecisions(
      h.gateway,
      [
        { kind: "add-labels", issue, labels: ["persona: SRE"], reason: "routed" },
        { kind: "comment-create", issue, role: { kind: "routing" }, body: "Routed.", reason: "explain" },
      ],
      { dryRun: false },
    );

    expect(outcomes.map((o) => o.status)).toEqual(["failed", "skipped"]);
    expect(outcomes[1]?.detail).toMatch(/not attempted after an earlier failure/);
    expect(h.gh.comments(REPO.owner, REPO.repo, issue)).toEqual([]);
  });

  it("treats a label someone removed meanwhile as done", async () => {
    const outcomes = await applyDecisions(h.gateway, [{ kind: "remove-labels", issue, labels: ["gone"], reason: "r" }], { dryRun: false });

    expect(outcomes[0]).toMatchObject({ status: "applied", detail: "already removed: gone" });
  });
});
