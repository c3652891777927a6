import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { acceptSurveyQuestion, proposalBranch, type AcceptSurveyQuestionDecision } from "../../../src/flows/questions/accept-proposal.js";
import { planAcceptedQuestion } from "../../../src/flows/questions/plan-accepted-question.js";
import { createOctokitGateway } from "../../../src/github/create-octokit-gateway.js";
import { createOctokit } from "../../../src/github/create-octokit.js";
import type { FakeGitHub } from "../../support/fake-github/index.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";

const OWNER = "acme";
const REPO = "program";
const FILE = "survey/questions/backend.yml";
const EXISTING = "# Backend survey, curated by the champions.\nquestions:\n  - id: build-speed\n    text: How fast are your builds? (1-5)\n    type: scale\n    phase: building\n    status: active\n";

const gh = useFakeGitHub();
const config = defaultConfig();

function seed(files: Record<string, string> = { [FILE]: EXISTING }): { issue: number } {
  gh.addOrg(OWNER, { members: ["alice"] });
  gh.addRepo({ owner: OWNER, repo: REPO, files: { "README.md": "# program\n", ...files } });
  return { issue: gh.addIssue(OWNER, REPO, { title: "[Survey question]: review wait", body: "proposal", user: "jo" }).number };
}

function gateway() {
  return createOctokitGateway(createOctokit({ token: "t", baseUrl: gh.url, timeScale: 0.001 }), { owner: OWNER, repo: REPO });
}

function decision(issue: number, text = "How long do you wait for a code review?", type: "scale" | "text" | "choice" = "text"): AcceptSurveyQuestionDecision {
  return { kind: "accept-survey-question", issue, personaId: "backend", question: { text, type }, reason: "alice accepted" };
}

function replies(g: FakeGitHub, issue: number): string[] {
  return g.comments(OWNER, REPO, issue).map((comment) => comment.body);
}

describe("acceptSurveyQuestion", () => {
  it("opens one pull request that adds the question as active, links the issue, and replies once", async () => {
    const { issue } = seed();
    const outcome = await acceptSurveyQuestion(gateway(), decision(issue), { config, personaName: "Backend Developer" });
    expect(outcome).toMatchObject({ status: "proposed", questionId: "how-long-do-you-wait-for", commit: "written", pullRequestWrite: "created", reply: "created" });
    const pulls = gh.pulls(OWNER, REPO);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.pull.head).toBe(proposalBranch(issue));
    expect(pulls[0]!.issue.body).toContain(`Closes #${issue}`);
    expect(pulls[0]!.issue.body).toContain("How long do you wait for a code review?");
    const onBranch = gh.readFile(OWNER, REPO, FILE, proposalBranch(issue))!;
    expect(onBranch.startsWith("# Backend survey, curated by the champions.\n")).toBe(true);
    expect(parse(onBranch).questions[1]).toEqual({ id: "how-long-do-you-wait-for", text: "How long do you wait for a code review?", type: "text", status: "active" });
    expect(gh.readFile(OWNER, REPO, FILE)).toBe(EXISTING);
    expect(replies(gh, issue)).toHaveLength(1);
    expect(replies(gh, issue)[0]).toContain(`#${pulls[0]!.pull.number}`);
  });

  it("writes nothing when the same decision is carried out again", async () => {
    const { issue } = seed();
    await acceptSurveyQuestion(gateway(), decision(issue), { config });
    gh.resetLog();
    const again = await acceptSurveyQuestion(gateway(), decision(issue), { config });
    expect(gh.writes()).toEqual([]);
    expect(again).toMatchObject({ status: "proposed", commit: "unchanged", pullRequestWrite: "unchanged", reply: "unchanged" });
  });

  it("updates the one pull request and the one reply when the proposal's text changed", async () => {
    const { issue } = seed();
    await acceptSurveyQuestion(gateway(), decision(issue), { config });
    const again = await acceptSurveyQuestion(gateway(), decision(issue, "How many hours do you wait for a first review?"), { config });
    expect(again).toMatchObject({ status: "proposed", pullRequestWrite: "updated", reply: "updated" });
    expect(gh.pulls(OWNER, REPO)).toHaveLength(1);
    expect(replies(gh, issue)).toHaveLength(1);
    const questions = parse(gh.readFile(OWNER, REPO, FILE, proposalBranch(issue))!).questions as { text: string }[];
    expect(questions.map((question) => question.text)).toEqual(["How fast are your builds? (1-5)", "How many hours do you wait for a first review?"]);
  });

  it("says a scale question needs a phase, and keeps the phase a champion added on the branch", async () => {
    const { issue } = seed();
    await acceptSurveyQuestion(gateway(), decision(issue, "How happy are you with code review? (1-5)", "scale"), { config });
    expect(gh.pulls(OWNER, REPO)[0]!.issue.body).toContain("add `phase:`");
    expect(replies(gh, issue)[0]).toContain("add `phase:`");
    const branch = proposalBranch(issue);
    const edited = gh.readFile(OWNER, REPO, FILE, branch)!.replace("type: scale\n    status: active\n", "type: scale\n    status: active\n    phase: reviewing\n");
    gh.commitFiles(OWNER, REPO, { [FILE]: edited }, { branch });
    await acceptSurveyQuestion(gateway(), decision(issue, "How happy are you with code review? (1-5)", "scale"), { config });
    const added = (parse(gh.readFile(OWNER, REPO, FILE, branch)!).questions as { id: string; phase?: string }[])[1];
    expect(added).toMatchObject({ id: "how-happy-are-you-with-code", phase: "reviewing" });
    expect(gh.pulls(OWNER, REPO)[0]!.issue.body).not.toContain("add `phase:`");
  });

  it("creates the file when the persona has none yet", async () => {
    const { issue } = seed({});
    const outcome = await acceptSurveyQuestion(gateway(), decision(issue), { config });
    expect(outcome.status).toBe("proposed");
    expect(parse(gh.readFile(OWNER, REPO, FILE, proposalBranch(issue))!).questions).toHaveLength(1);
  });

  it("replies that nothing is needed when the default branch already asks the question", async () => {
    const { issue } = seed();
    const outcome = await acceptSurveyQuestion(gateway(), decision(issue, "how fast are your builds 1 5", "scale"), { config });
    expect(outcome).toMatchObject({ status: "already-active", questionId: "build-speed" });
    expect(gh.pulls(OWNER, REPO)).toEqual([]);
    expect(replies(gh, issue)[0]).toContain("already asks this question");
  });

  it("replies with the file and line to fix, and opens no pull request, when the YAML is broken", async () => {
    const { issue } = seed({ [FILE]: "questions:\n  - id: a\n    text: [unclosed\n" });
    const outcome = await acceptSurveyQuestion(gateway(), decision(issue), { config });
    expect(outcome).toMatchObject({ status: "broken-file", file: FILE });
    expect(gh.pulls(OWNER, REPO)).toEqual([]);
    const reply = replies(gh, issue)[0]!;
    expect(reply).toContain(`\`${FILE}\``);
    expect(reply).toMatch(/line \d+, column \d+/);
    expect(reply).toContain("`/accept` again");
  });
});

describe("planAcceptedQuestion", () => {
  it("reuses the id of a retired question with the same text and keeps its phase", () => {
    const retired = "questions:\n  - id: ide\n    text: IDE happiness (1-5)\n    type: scale\n    phase: editing-code\n    status: retired\n    retiredIn: 2026-H1\n";
    const plan = planAcceptedQuestion(retired, { text: "IDE happiness (1–5)", type: "scale" });
    expect(plan).toMatchObject({ kind: "edit", question: { id: "ide", text: "IDE happiness (1-5)", phase: "editing-code" }, unchanged: false });
    if (plan.kind === "edit") expect(parse(plan.content).questions).toEqual([{ id: "ide", text: "IDE happiness (1-5)", type: "scale", phase: "editing-code", status: "active" }]);
  });

  it("gives a new question an id that is unique within the file", () => {
    const plan = planAcceptedQuestion("questions:\n  - id: ci-speed\n    text: Something else\n    type: text\n    status: active\n", { text: "CI speed?", type: "text" });
    expect(plan).toMatchObject({ kind: "edit", question: { id: "ci-speed-2" } });
  });

  it("points at the `questions` key when it is not a list", () => {
    expect(planAcceptedQuestion("# c\nquestions:\n  id: x\n", { text: "Q", type: "text" })).toMatchObject({ kind: "broken", line: 2 });
  });
});
