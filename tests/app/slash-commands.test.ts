import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IssueRecord } from "../support/fake-github/index.js";
import { ORG, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { botComments, commentPayload, fileQuestion, issuePayload } from "./support/issue-events.js";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp();
});

afterEach(async () => {
  await h.close();
});

/** A backend question by jo, routed to alice. */
async function routedQuestion(): Promise<IssueRecord> {
  const issue = fileQuestion(h.gh, "Backend Developer");
  await h.deliver("issues", issuePayload(h, "opened", issue));
  return issue;
}

/** Posts a comment and delivers its webhook; returns the App's reactions on it. */
async function command(issue: IssueRecord, body: string, author: string): Promise<string[]> {
  const payload = commentPayload(h, issue, body, author);
  await h.deliver("issue_comment", payload);
  const id = (payload["comment"] as { id: number }).id;
  return h.gh.comments(ORG, REPO, issue.number).find((comment) => comment.id === id)?.reactions.map((reaction) => reaction.content) ?? [];
}

function state(issue: IssueRecord) {
  const record = h.gh.issue(ORG, REPO, issue.number);
  return { state: record?.state, reason: record?.stateReason, assignees: record?.assignees, labels: h.gh.issueLabels(ORG, REPO, issue.number) };
}

describe("slash commands", () => {
  it("/answered by the author closes the question as completed", async () => {
    const issue = await routedQuestion();
    expect(await command(issue, "/answered", "jo")).toEqual(["+1"]);
    expect(state(issue)).toMatchObject({ state: "closed", reason: "completed" });
  });

  it("/decline by the champion labels it declined and closes it with the reason", async () => {
    const issue = await routedQuestion();
    expect(await command(issue, "/decline needs a week of data digging", "alice")).toEqual(["+1"]);
    expect(state(issue)).toMatchObject({ state: "closed", reason: "not_planned" });
    expect(state(issue).labels).toContain("declined");
    expect(botComments(h.gh, issue.number).join("\n")).toContain("needs a week of data digging");
  });

  it("/decline by the author is refused with a reaction and an explanation", async () => {
    const issue = await routedQuestion();
    expect(await command(issue, "/decline too hard", "jo")).toEqual(["confused"]);
    expect(state(issue)).toMatchObject({ state: "open" });
    const replies = botComments(h.gh, issue.number);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toContain("/decline");
    expect(replies[1]).toMatch(/champions of \*\*Backend Developer\*\*/);
    expect(replies[1]).not.toMatch(/@alice/);
  });

  it("/persona by the author routes the question again", async () => {
    const issue = await routedQuestion();
    expect(await command(issue, "/persona SRE", "jo")).toEqual(["+1"]);
    expect(state(issue).labels).toContain("persona: SRE");
    expect(state(issue).labels).not.toContain("persona: Backend Developer");
    expect(["ravi", "sam", "tess"]).toEqual(expect.arrayContaining(state(issue).assignees ?? []));
    expect(botComments(h.gh, issue.number)).toHaveLength(1);
  });

  it("/handoff by the champion assigns the new person; by the author it is refused", async () => {
    const issue = await routedQuestion();
    expect(await command(issue, "/handoff @wendy", "jo")).toEqual(["confused"]);
    expect(state(issue).assignees).toEqual(["alice"]);
    expect(await command(issue, "/handoff @wendy", "alice")).toEqual(["+1"]);
    expect(state(issue).assignees).toEqual(["wendy"]);
  });

  it("asks GitHub for the permission only when the role is not already clear", async () => {
    const issue = await routedQuestion();
    h.gh.resetLog();
    expect(await command(issue, "/handoff @wendy", "pat")).toEqual(["+1"]);
    expect(h.gh.requests.filter((r) => r.operationId === "repos/get-collaborator-permission-level")).toHaveLength(1);
    h.gh.resetLog();
    expect(await command(issue, "/answered", "alice")).toEqual(["+1"]);
    expect(h.gh.requests.filter((r) => r.operationId === "repos/get-collaborator-permission-level")).toHaveLength(0);
  });

  it("refuses /accept on a persona question: it is for survey-question proposals (see accept-proposal.test.ts)", async () => {
    const issue = await routedQuestion();
    expect(await command(issue, "/accept", "alice")).toEqual(["confused"]);
    expect(h.gh.pulls(ORG, REPO)).toEqual([]);
    expect(botComments(h.gh, issue.number).at(-1)).toContain("proposed survey questions only");
  });

  it("spends no request on a comment without commands", async () => {
    const issue = await routedQuestion();
    h.gh.resetLog();
    await command(issue, "Thanks! Quoting the docs: /usr/bin is where it lives.", "jo");
    expect(h.gh.requests).toEqual([]);
  });

  it("answers a redelivered refused command once", async () => {
    const issue = await routedQuestion();
    const payload = commentPayload(h, issue, "/decline nope", "jo");
    await h.deliver("issue_comment", payload, "same-delivery");
    await h.deliver("issue_comment", structuredClone(payload), "same-delivery");
    expect(botComments(h.gh, issue.number)).toHaveLength(2);
  });
});
