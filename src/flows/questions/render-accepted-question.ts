import type { NewQuestion } from "../../core/questions/add-question-to-file.js";
import { renderTemplate } from "../../core/templates/render-template.js";
import { inlineCode, neutralizeMentions, safeInline } from "../../core/text/safe-markdown.js";

/** Hidden in the pull request body: this pull request carries an accepted survey question. */
export const SURVEY_QUESTION_PR_MARKER = "<!-- persona-governance:survey-question-pull-request -->";
/** Hidden in the one reply on the proposal that says what `/accept` did; found again and updated. */
export const SURVEY_QUESTION_REPLY_MARKER = "<!-- persona-governance:survey-question-reply -->";

const MAX_TITLE_TEXT = 60;

/** What the texts are about: the proposal, where its question goes, and on which branch. */
export interface AcceptedQuestionText {
  issue: number;
  personaName: string;
  file: string;
  /** The branch the pull request comes from (where a missing phase or options must be added). */
  branch: string;
  question: NewQuestion;
}

/** The pull request's title, body and commit message. Deterministic, so a redelivery finds them unchanged. */
export function renderAcceptedPullRequest(input: AcceptedQuestionText): { title: string; body: string; commitMessage: string } {
  const { question } = input;
  const short = question.text.length > MAX_TITLE_TEXT ? `${question.text.slice(0, MAX_TITLE_TEXT - 1).trimEnd()}…` : question.text;
  const body = renderTemplate("questions/pull-request-body.md", {
    marker: SURVEY_QUESTION_PR_MARKER,
    issue: String(input.issue),
    persona: safeInline(input.personaName),
    text: safeInline(question.text),
    id: inlineCode(question.id),
    type: question.type,
    file: inlineCode(input.file),
    beforeMerging: beforeMerging(input),
  });
  return {
    title: neutralizeMentions(`Survey question for ${input.personaName}: ${short.replace(/\s+/g, " ")}`),
    body: tidy(body),
    commitMessage: `Add survey question ${question.id} to ${input.file}\n\nAccepted in #${input.issue}.\n`,
  };
}

/** The reply on the proposal once the pull request is open. */
export function renderAcceptedReply(input: AcceptedQuestionText, pullRequest: { number: number; htmlUrl: string }): string {
  return tidy(
    renderTemplate("questions/accepted-reply.md", {
      marker: SURVEY_QUESTION_REPLY_MARKER,
      pullRequest: `[#${pullRequest.number}](${pullRequest.htmlUrl})`,
      file: inlineCode(input.file),
      id: inlineCode(input.question.id),
      beforeMerging: beforeMerging(input),
    }),
  );
}

/** The reply when the default branch already asks the question, active: nothing to propose. */
export function renderAlreadyActiveReply(input: { file: string; branch: string; id: string }): string {
  return tidy(
    renderTemplate("questions/already-active-reply.md", {
      marker: SURVEY_QUESTION_REPLY_MARKER,
      file: inlineCode(input.file),
      branch: inlineCode(input.branch),
      id: inlineCode(input.id),
    }),
  );
}

/** The reply when the questions file cannot be edited: which file, which line, and what is wrong. */
export function renderBrokenFileReply(input: { file: string; branch: string; line: number; column: number; problem: string }): string {
  return tidy(
    renderTemplate("questions/broken-file-reply.md", {
      marker: SURVEY_QUESTION_REPLY_MARKER,
      file: inlineCode(input.file),
      branch: inlineCode(input.branch),
      line: String(input.line),
      column: String(input.column),
      problem: safeInline(input.problem),
    }),
  );
}

/** What a champion must add before merging: the proposal form asks for neither a phase nor options. */
function beforeMerging(input: AcceptedQuestionText): string {
  const { question } = input;
  const values = { id: inlineCode(question.id), branch: inlineCode(input.branch) };
  if (question.type === "scale" && question.phase === undefined) return renderTemplate("questions/needs-phase.md", values).trim();
  if (question.type === "choice" && question.options === undefined) return renderTemplate("questions/needs-options.md", values).trim();
  return "";
}

function tidy(text: string): string {
  return `${text.replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
