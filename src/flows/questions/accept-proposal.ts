import type { Config } from "../../core/config/config-schema.js";
import { questionFilePath } from "../../core/questions/question-files.js";
import type { Decision } from "../../core/routing/decision.js";
import type { GitHubGateway, PullRequest } from "../../github/gateway.js";
import { planAcceptedQuestion } from "./plan-accepted-question.js";
import {
  renderAcceptedPullRequest,
  renderAcceptedReply,
  renderAlreadyActiveReply,
  renderBrokenFileReply,
  SURVEY_QUESTION_REPLY_MARKER,
  type AcceptedQuestionText,
} from "./render-accepted-question.js";

export type AcceptSurveyQuestionDecision = Extract<Decision, { kind: "accept-survey-question" }>;

export interface AcceptProposalOptions {
  config: Pick<Config, "survey">;
  /** The persona's display name for the pull request; its id when absent. */
  personaName?: string;
  /** The login our comments are written as; when given, only its comment counts as our earlier reply. */
  botLogin?: string;
}

/** What a write did: nothing when everything was already in place (a redelivery). */
export type WriteResult = "created" | "updated" | "unchanged";

export type AcceptProposalOutcome =
  | { status: "proposed"; file: string; questionId: string; pullRequest: { number: number; htmlUrl: string }; commit: "written" | "unchanged"; pullRequestWrite: WriteResult; reply: WriteResult }
  | { status: "already-active"; file: string; questionId: string; reply: WriteResult }
  | { status: "broken-file"; file: string; line: number; reply: WriteResult };

/** The one branch, and so the one pull request, per proposal. */
export function proposalBranch(issue: number): string {
  return `persona-governance/survey-question-${issue}`;
}

/**
 * Carries out `/accept` on a survey-question proposal: adds the question, `status: active`, to
 * `<questionsPath>/<persona>.yml` as the default branch has it, on one branch per proposal, and opens
 * (or updates) the one pull request from that branch, which closes the proposal when merged. Then one
 * reply on the proposal links it; the reply is found by its marker and edited, never posted twice.
 * Everything converges: a redelivery reads, finds all in place, and writes nothing. A questions file
 * that cannot be edited gets a reply naming the line to fix instead of a pull request.
 */
export async function acceptSurveyQuestion(gateway: GitHubGateway, decision: AcceptSurveyQuestionDecision, options: AcceptProposalOptions): Promise<AcceptProposalOutcome> {
  const base = (await gateway.repo.getRepository()).defaultBranch;
  const file = questionFilePath(options.config, decision.personaId);
  const branch = proposalBranch(decision.issue);
  const [current, onBranch] = await Promise.all([gateway.repo.getFile(file, base), readBranchFile(gateway, file, branch)]);
  const plan = planAcceptedQuestion(current?.text, decision.question, onBranch);
  if (plan.kind === "broken") {
    const body = renderBrokenFileReply({ file, branch: base, line: plan.line, column: plan.column, problem: plan.problem });
    return { status: "broken-file", file, line: plan.line, reply: await upsertReply(gateway, decision.issue, body, options) };
  }
  if (plan.unchanged) {
    const body = renderAlreadyActiveReply({ file, branch: base, id: plan.question.id });
    return { status: "already-active", file, questionId: plan.question.id, reply: await upsertReply(gateway, decision.issue, body, options) };
  }
  const text: AcceptedQuestionText = { issue: decision.issue, personaName: options.personaName ?? decision.personaId, file, branch, question: plan.question };
  const rendered = renderAcceptedPullRequest(text);
  const commit = await gateway.git.commitFiles({ branch, base, message: rendered.commitMessage, files: [{ path: file, content: plan.content }] });
  const pull = await upsertPullRequest(gateway, { head: branch, base, title: rendered.title, body: rendered.body });
  const reply = await upsertReply(gateway, decision.issue, renderAcceptedReply(text, pull.pullRequest), options);
  return {
    status: "proposed",
    file,
    questionId: plan.question.id,
    pullRequest: { number: pull.pullRequest.number, htmlUrl: pull.pullRequest.htmlUrl },
    commit: commit.changed ? "written" : "unchanged",
    pullRequestWrite: pull.write,
    reply,
  };
}

/** A one-line account of the outcome, for the App's log. */
export function describeAcceptOutcome(outcome: AcceptProposalOutcome): string {
  switch (outcome.status) {
    case "proposed":
      return `pull request #${outcome.pullRequest.number} (${outcome.pullRequestWrite}), commit ${outcome.commit}, reply ${outcome.reply}`;
    case "already-active":
      return `${outcome.file} already asks ${outcome.questionId}; reply ${outcome.reply}`;
    case "broken-file":
      return `${outcome.file} cannot be edited (line ${outcome.line}); reply ${outcome.reply}`;
  }
}

/** The file on the proposal's branch, where a champion may have added a phase; none before the first `/accept`. */
async function readBranchFile(gateway: GitHubGateway, file: string, branch: string): Promise<string | undefined> {
  if ((await gateway.git.getBranch(branch)) === undefined) return undefined;
  return (await gateway.repo.getFile(file, branch))?.text;
}

async function upsertPullRequest(
  gateway: GitHubGateway,
  input: { head: string; base: string; title: string; body: string },
): Promise<{ pullRequest: PullRequest; write: WriteResult }> {
  const open = await gateway.pulls.findOpen(input.head);
  if (open === undefined) return { pullRequest: await gateway.pulls.create(input), write: "created" };
  if (open.title === input.title && open.body.trim() === input.body.trim()) return { pullRequest: open, write: "unchanged" };
  return { pullRequest: await gateway.pulls.update(open.number, { title: input.title, body: input.body }), write: "updated" };
}

async function upsertReply(gateway: GitHubGateway, issue: number, body: string, options: AcceptProposalOptions): Promise<WriteResult> {
  const found = await gateway.comments.findByMarker(issue, SURVEY_QUESTION_REPLY_MARKER, options.botLogin === undefined ? {} : { author: options.botLogin });
  if (found === undefined) {
    await gateway.comments.create(issue, body);
    return "created";
  }
  if (found.body.trim() === body.trim()) return "unchanged";
  await gateway.comments.update(found.id, body);
  return "updated";
}
