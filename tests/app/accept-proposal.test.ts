import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildSurveyQuestionForm } from "../../src/core/questions/render-survey-question-form.js";
import { defaultConfig } from "../../src/core/config/parse-config.js";
import { proposalBranch } from "../../src/flows/questions/accept-proposal.js";
import type { IssueRecord } from "../support/fake-github/index.js";
import { ORG, PROGRAM_FILES, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { botComments, commentPayload, issuePayload } from "./support/issue-events.js";

const FILE = "survey/questions/backend.yml";
const QUESTIONS = "# Curated by the Backend Developer champions.\nquestions:\n  - id: build-speed\n    text: How fast are your builds? (1-5)\n    type: scale\n    phase: building\n    status: active\n";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp({ files: { ...PROGRAM_FILES, [FILE]: QUESTIONS } });
  h.gh.addUser("kim");
  h.gh.setPermission(ORG, REPO, "kim", "read");
});

afterEach(async () => {
  await h.close();
});

/**
 * An issue body as GitHub renders a submission of the generated "Propose a survey question" form:
 * one `### <label>` heading per field, in the form's order, each followed by the answer.
 */
function proposalBody(answers: Record<string, string>): string {
  const form = buildSurveyQuestionForm([{ name: "Backend Developer", status: "active" }], defaultConfig());
  return form.body
    .filter((item) => item.id !== undefined)
    .map((item) => `### ${String(item.attributes["label"])}\n\n${answers[item.id!] ?? "_No response_"}`)
    .join("\n\n");
}

/** Files a proposal as kim and delivers `issues.opened`, so the App routes it to the champion. */
async function propose(): Promise<IssueRecord> {
  const issue = h.gh.addIssue(ORG, REPO, {
    title: "[Survey question]: review wait",
    body: proposalBody({ persona: "Backend Developer", text: "How long do you wait for a first code review?", type: "text", reason: "Reviews feel slow." }),
    user: "kim",
    labels: ["survey-question"],
  });
  await h.deliver("issues", issuePayload(h, "opened", issue));
  return issue;
}

function pullsFrom(issue: IssueRecord) {
  return h.gh.pulls(ORG, REPO).filter(({ pull }) => pull.head === proposalBranch(issue.number));
}

function reactionsOn(issue: IssueRecord, commentId: number): string[] {
  return h.gh.comments(ORG, REPO, issue.number).find((comment) => comment.id === commentId)?.reactions.map((reaction) => reaction.content) ?? [];
}

describe("/accept on a survey-question proposal", () => {
  it("gives one pull request adding the question as active, and still one after a redelivery", async () => {
    const issue = await propose();
    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual(["alice"]);
    const payload = commentPayload(h, issue, "/accept", "alice");
    await h.deliver("issue_comment", payload, "accept-delivery");

    const pulls = pullsFrom(issue);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.issue.body).toContain(`Closes #${issue.number}`);
    const questions = parse(h.gh.readFile(ORG, REPO, FILE, proposalBranch(issue.number))!).questions as Record<string, unknown>[];
    expect(questions[1]).toEqual({ id: "how-long-do-you-wait-for", text: "How long do you wait for a first code review?", type: "text", status: "active" });
    const commentId = (payload["comment"] as { id: number }).id;
    expect(reactionsOn(issue, commentId)).toEqual(["+1"]);
    const replies = botComments(h.gh, issue.number).filter((body) => body.includes(`#${pulls[0]!.pull.number}`));
    expect(replies).toHaveLength(1);

    h.gh.resetLog();
    await h.deliver("issue_comment", structuredClone(payload), "accept-delivery");
    expect(pullsFrom(issue)).toHaveLength(1);
    expect(h.gh.writes()).toEqual([]);
    expect(reactionsOn(issue, commentId)).toEqual(["+1"]);
    expect(botComments(h.gh, issue.number).filter((body) => body.includes(`#${pulls[0]!.pull.number}`))).toHaveLength(1);
  });

  it("is refused for someone who is neither a champion nor has write access", async () => {
    const issue = await propose();
    const before = botComments(h.gh, issue.number).length;
    const payload = commentPayload(h, issue, "/accept", "kim");
    await h.deliver("issue_comment", payload);
    expect(reactionsOn(issue, (payload["comment"] as { id: number }).id)).toEqual(["confused"]);
    expect(h.gh.pulls(ORG, REPO)).toEqual([]);
    const replies = botComments(h.gh, issue.number);
    expect(replies).toHaveLength(before + 1);
    expect(replies.at(-1)).toContain("/accept");
    expect(replies.at(-1)).toMatch(/champions of \*\*Backend Developer\*\*/);
  });
});
