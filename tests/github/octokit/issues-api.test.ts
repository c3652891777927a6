import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.gh.addUser("ada");
  h.gh.addUser("grace");
  h.gh.setPermission(REPO.owner, REPO.repo, "ada", "write");
  h.gh.setPermission(REPO.owner, REPO.repo, "grace", "write");
});

afterEach(async () => {
  await h.gh.close();
});

const MARKER = "<!-- persona-governance:analysis persona=sre cycle=2026-H2 -->";

describe("issues", () => {
  it("creates, reads and updates an issue", async () => {
    const created = await h.gateway.issues.create({ title: "SRE pain points", body: `${MARKER}\nReport`, labels: ["pain-point"], assignees: ["ada"] });
    expect(created).toMatchObject({ title: "SRE pain points", state: "open", labels: ["pain-point"], assignees: ["ada"], isPullRequest: false });
    expect(created.nodeId).not.toBe("");

    const closed = await h.gateway.issues.update(created.number, { state: "closed", stateReason: "not_planned", title: "SRE pain points (2026-H2)" });
    expect(closed).toMatchObject({ state: "closed", stateReason: "not_planned", title: "SRE pain points (2026-H2)" });
    expect((await h.gateway.issues.get(created.number))?.closedAt).toBeDefined();
    expect(await h.gateway.issues.get(999)).toBeUndefined();
  });

  it("adds and removes labels and assignees", async () => {
    const issue = await h.gateway.issues.create({ title: "Q", body: "?" });
    await h.gateway.issues.addLabels(issue.number, ["persona-question", "persona: SRE"]);
    await h.gateway.issues.addAssignees(issue.number, ["ada", "grace"]);
    expect(await h.gateway.issues.removeLabel(issue.number, "persona-question")).toBe(true);
    expect(await h.gateway.issues.removeLabel(issue.number, "persona-question")).toBe(false);
    await h.gateway.issues.removeAssignees(issue.number, ["grace"]);

    const after = await h.gateway.issues.get(issue.number);
    expect(after).toMatchObject({ labels: ["persona: SRE"], assignees: ["ada"] });
    h.gh.resetLog();
    await h.gateway.issues.addLabels(issue.number, []);
    await h.gateway.issues.addAssignees(issue.number, []);
    expect(h.gh.requests).toEqual([]);
  });

  it("lists issues by label and state, without pull requests, oldest first", async () => {
    h.gh.addIssue(REPO.owner, REPO.repo, { title: "a", labels: ["next-step"] });
    h.gh.addIssue(REPO.owner, REPO.repo, { title: "b", labels: ["next-step"], state: "closed" });
    h.gh.addIssue(REPO.owner, REPO.repo, { title: "c", labels: ["bug"] });
    h.gh.addIssue(REPO.owner, REPO.repo, { title: "pr", labels: ["next-step"], isPullRequest: true });

    expect((await h.gateway.issues.list({ labels: ["next-step"] })).map((i) => i.title)).toEqual(["a", "b"]);
    expect((await h.gateway.issues.list({ labels: ["next-step"], state: "open" })).map((i) => i.title)).toEqual(["a"]);
    expect((await h.gateway.issues.list()).map((i) => i.title)).toEqual(["a", "b", "c"]);
  });

  it("finds the oldest issue carrying a hidden marker, across pages, and stops looking once found", async () => {
    for (let i = 0; i < 130; i++) h.gh.addIssue(REPO.owner, REPO.repo, { title: `noise ${i}`, labels: ["pain-point"], body: "nothing" });
    h.gh.addIssue(REPO.owner, REPO.repo, { title: "target", labels: ["pain-point"], body: `Report\n${MARKER}` });
    for (let i = 0; i < 100; i++) h.gh.addIssue(REPO.owner, REPO.repo, { title: `later ${i}`, labels: ["pain-point"], body: i === 50 ? MARKER : "" });
    h.gh.resetLog();

    expect((await h.gateway.issues.findByMarker(MARKER, { labels: ["pain-point"] }))?.title).toBe("target");
    expect(h.gh.requests).toHaveLength(2);
    expect(await h.gateway.issues.findByMarker("<!-- persona-governance:analysis persona=qa cycle=2026-H2 -->")).toBeUndefined();
  });
});
