import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import type { Config } from "../../core/config/config-schema.js";
import type { Persona } from "../../core/persona/persona.js";
import { ANALYZE_SURVEY_USAGE, parseAnalyzeSurveyCommand } from "../../core/publish/parse-analyze-survey-command.js";
import { analyzeSurveyReplyMarker } from "../../core/publish/publish-markers.js";
import { renderPublishMarkdown } from "../../core/publish/render-publish-report.js";
import { SurveyInputError } from "../../core/survey/survey-input-error.js";
import { inlineCode, safeInline } from "../../core/text/safe-markdown.js";
import { GitHubError } from "../../github/errors.js";
import type { GitHubGateway, RepoPermission } from "../../github/gateway.js";
import { publishSurvey } from "./publish-survey.js";

export interface AnalyzeSurveyComment {
  issue: number;
  commentId: number;
  body: string;
  author: string;
}

export interface AnalyzeSurveyEnvironment {
  config: Config;
  personas: readonly Persona[];
  /** The login our replies are written as, so only our own reply counts as an answer. */
  botLogin: string;
  now: Date;
  dryRun: boolean;
}

export type AnalyzeSurveyOutcome =
  | { status: "no-command" }
  | { status: "already-answered" }
  | { status: "refused" | "failed"; reason: string }
  | { status: "published"; summary: string };

/** Maintainers: people with write access or more, who may create the issues a publication creates. */
const MAINTAINERS: readonly RepoPermission[] = ["admin", "maintain", "write"];

/**
 * Answers `/analyze-survey path/to/export.csv` in an issue comment (the meeting issue or any tracking
 * issue): reads the export from the default branch, publishes it, and replies with one comment saying
 * what was created and updated, with a 👍 on the command. Anyone without write access, a bad path or
 * a bad export gets a reply saying why, and a 😕. Each command is answered once, even when the event
 * is delivered again.
 */
export async function answerAnalyzeSurvey(gateway: GitHubGateway, comment: AnalyzeSurveyComment, env: AnalyzeSurveyEnvironment): Promise<AnalyzeSurveyOutcome> {
  const command = parseAnalyzeSurveyCommand(comment.body);
  if (command === undefined) return { status: "no-command" };
  const marker = analyzeSurveyReplyMarker(comment.commentId);
  if ((await gateway.comments.findByMarker(comment.issue, marker, { author: env.botLogin })) !== undefined) return { status: "already-answered" };
  const reply = async (outcome: AnalyzeSurveyOutcome, text: string): Promise<AnalyzeSurveyOutcome> => {
    if (env.dryRun) return outcome;
    await gateway.comments.create(comment.issue, `${marker}\n${text}\n`);
    await gateway.comments.addReaction(comment.commentId, outcome.status === "published" ? "+1" : "confused");
    return outcome;
  };
  if (!command.ok) return reply({ status: "refused", reason: command.problem }, `\`/analyze-survey\` was not run: ${command.problem}`);
  const permission = await gateway.people.getPermission(comment.author);
  if (!MAINTAINERS.includes(permission)) {
    const reason = `only maintainers (write access or more) can publish a survey, because it opens and edits issues for every persona and tool owner.`;
    return reply({ status: "refused", reason }, `\`/analyze-survey\` was not run: ${reason} Ask a maintainer to comment \`${ANALYZE_SURVEY_USAGE}\`.`);
  }
  const file = await gateway.repo.getFile(command.path);
  if (file === undefined) {
    const reason = `there is no file ${inlineCode(command.path)} on the default branch.`;
    return reply({ status: "failed", reason }, `\`/analyze-survey\` was not run: ${reason} Commit the export first, or check the path.`);
  }
  try {
    const summary = await publishBytes(gateway, command.path, file.bytes, env);
    return reply({ status: "published", summary }, summary);
  } catch (error) {
    const problems = error instanceof SurveyInputError ? error.problems : error instanceof GitHubError ? [error.message] : undefined;
    if (problems === undefined) throw error;
    const reason = problems.map((problem) => `- ${safeInline(problem)}`).join("\n");
    return reply({ status: "failed", reason }, `Publishing ${inlineCode(command.path)} stopped:\n\n${reason}\n\nWhat was already published stays; running the command again continues without duplicating anything.`);
  }
}

/** The analysis reads a file (it streams), so the export goes to a private temporary folder first. */
async function publishBytes(gateway: GitHubGateway, path: string, bytes: Uint8Array, env: AnalyzeSurveyEnvironment): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "persona-gov-survey-"));
  try {
    const local = join(folder, posix.basename(path));
    await writeFile(local, bytes, { mode: 0o600 });
    const result = await publishSurvey({ gateway, path: local, source: path, config: env.config, personas: env.personas, now: env.now, dryRun: env.dryRun });
    return renderPublishMarkdown(result.report);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
