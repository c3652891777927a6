import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.gh.addUser("ada");
  h.gh.addUser("grace");
});

afterEach(async () => {
  await h.gh.close();
});

const MARKER = "<!-- persona-governance:routing issue=1 -->";

describe("comments", () => {
  it("creates, updates, lists and finds comments by marker and author", async () => {
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Q" });
    h.gh.addComment(REPO.owner, REPO.repo, issue.number, `fake ${MARKER}`, "grace");
    const mine = await h.gateway.comments.create(issue.number, `Routed.\n${MARKER}`);
    await h.gateway.comments.update(mine.id, `Routed again.\n${MARKER}`);

    const all = await h.gateway.comments.list(issue.number);
    expect(all.map((c) => c.body)).toEqual([`fake ${MARKER}`, `Routed again.\n${MARKER}`]);
    expect((await h.gateway.comments.findByMarker(issue.number, MARKER))?.author).toBe("grace");
    const ours = await h.gateway.comments.findByMarker(issue.number, MARKER, { author: mine.author! });
    expect(ours?.id).toBe(mine.id);
    expect(await h.gateway.comments.findByMarker(issue.number, "<!-- other -->")).toBeUndefined();
  });

  it("reacts to a comment", async () => {
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Q" });
    const comment = h.gh.addComment(REPO.owner, REPO.repo, issue.number, "/answered", "ada");
    await h.gateway.comments.addReaction(comment.id, "+1");
    const reaction = h.gh.requests.find((r) => r.operationId === "reactions/create-for-issue-comment");
    expect(reaction).toMatchObject({ status: 201, body: { content: "+1" } });
  });
});
