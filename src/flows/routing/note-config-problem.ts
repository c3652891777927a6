import { readQuestionIssue } from "../../core/routing/read-question-issue.js";
import { ROUTING_LABELS } from "../../core/routing/routing-labels.js";
import { inlineCode, safeInline } from "../../core/text/safe-markdown.js";
import type { GitHubGateway } from "../../github/gateway.js";
import type { ConfigProblem } from "../app/persona-program.js";

export const CONFIG_PROBLEM_MARKER = "<!-- persona-governance:config-problem -->";

/**
 * Tells the asker of a persona question, once per issue, that it could not be routed because the
 * settings are broken, so the question does not silently wait for nobody. Issues that are not
 * persona questions (no form, no question label) are left alone.
 *
 * @returns whether a comment was (or, in a dry run, would have been) written
 */
export async function noteConfigProblem(
  gateway: GitHubGateway,
  issue: { number: number; body: string; labels: readonly string[] },
  problem: ConfigProblem,
  options: { botLogin: string; dryRun: boolean },
): Promise<boolean> {
  const question = readQuestionIssue(issue.body, issue.labels);
  const marked = issue.labels.some((label) => label.toLowerCase() === ROUTING_LABELS.question);
  if (!question.fromForm && !marked) return false;
  const comments = await gateway.comments.list(issue.number);
  const noted = comments.some((comment) => comment.author?.toLowerCase() === options.botLogin.toLowerCase() && comment.body.includes(CONFIG_PROBLEM_MARKER));
  if (noted) return false;
  if (!options.dryRun) await gateway.comments.create(issue.number, renderConfigProblem(problem));
  return true;
}

function renderConfigProblem(problem: ConfigProblem): string {
  return [
    CONFIG_PROBLEM_MARKER,
    `This question is not routed to a persona's champions yet: the persona-governance settings (${inlineCode(problem.source)}) have problems a maintainer needs to fix.`,
    "",
    ...problem.problems.map((line) => `- ${safeInline(line)}`),
    "",
    "Once they are fixed, edit this issue or comment `/persona <name>` to route it.",
    "",
  ].join("\n");
}
