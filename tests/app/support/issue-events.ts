import type { FakeGitHub, IssueRecord } from "../../support/fake-github/index.js";
import { ORG, REPO, type AppHarness } from "./app-harness.js";
import { examplePayload, retarget, userObject } from "./payloads.js";
import { questionFormBody } from "./question-form.js";

/** Files a persona question through the form, as `jo` (a reader), and returns the issue record. */
export function fileQuestion(gh: FakeGitHub, persona: string, options: { user?: string; title?: string } = {}): IssueRecord {
  return gh.addIssue(ORG, REPO, {
    title: options.title ?? "[Persona question]: how do you page?",
    body: questionFormBody({ persona }),
    user: options.user ?? "jo",
    labels: ["persona-question"],
  });
}

/** A real `issues.<action>` example payload describing `issue` as the fake holds it now. */
export function issuePayload(h: AppHarness, action: "opened" | "edited" | "labeled", issue: IssueRecord, extra: { label?: string; sender?: string } = {}): Record<string, unknown> {
  const sender = extra.sender ?? issue.user;
  const payload = retarget(examplePayload("issues", action), h.target(sender, sender.endsWith("[bot]") ? "Bot" : "User"));
  const current = h.gh.issue(ORG, REPO, issue.number) ?? issue;
  const labels = h.gh.issueLabels(ORG, REPO, issue.number).map((name) => ({ id: name.length, name, color: "ededed", default: false }));
  payload["issue"] = {
    ...(payload["issue"] as Record<string, unknown>),
    number: current.number,
    title: current.title,
    body: current.body,
    user: userObject(current.user),
    labels,
    assignees: current.assignees.map((login) => userObject(login)),
    assignee: null,
    state: current.state,
  };
  if (action === "labeled") payload["label"] = { id: 1, name: extra.label ?? "", color: "ededed", default: false };
  return payload;
}

/** A real `issue_comment.created` example payload for a new comment by `author` on `issue`. */
export function commentPayload(h: AppHarness, issue: IssueRecord, body: string, author: string): Record<string, unknown> {
  const comment = h.gh.addComment(ORG, REPO, issue.number, body, author);
  const payload = retarget(examplePayload("issue_comment", "created"), h.target(author));
  payload["issue"] = { ...(payload["issue"] as Record<string, unknown>), number: issue.number, title: issue.title, body: issue.body, user: userObject(issue.user), state: "open" };
  delete (payload["issue"] as Record<string, unknown>)["pull_request"];
  payload["comment"] = { ...(payload["comment"] as Record<string, unknown>), id: comment.id, body, user: userObject(author) };
  return payload;
}

/** The comments the App wrote on an issue. */
export function botComments(gh: FakeGitHub, number: number): string[] {
  return gh.comments(ORG, REPO, number).filter((comment) => comment.user.endsWith("[bot]")).map((comment) => comment.body);
}
