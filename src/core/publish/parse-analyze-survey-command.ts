import { parseSlashCommands } from "../routing/parse-slash-commands.js";

/** The comment command that publishes a survey export from the repository. */
export const ANALYZE_SURVEY_COMMAND = "analyze-survey";
export const ANALYZE_SURVEY_USAGE = "/analyze-survey path/to/export.csv";

export type AnalyzeSurveyCommand =
  | { ok: true; path: string; line: number }
  | { ok: false; problem: string; line: number };

/**
 * Finds `/analyze-survey <path>` in a comment (the first one; code blocks and quotes don't count) and
 * checks the path: repository-relative, forward slashes, no `..`. The path may be wrapped in
 * backticks or quotes, as people paste it. Undefined when the comment holds no such command.
 */
export function parseAnalyzeSurveyCommand(body: string): AnalyzeSurveyCommand | undefined {
  const command = parseSlashCommands(body).find((candidate) => candidate.word === ANALYZE_SURVEY_COMMAND);
  if (command === undefined) return undefined;
  const path = unwrap(command.argument);
  const problem = checkPath(path);
  return problem === undefined ? { ok: true, path, line: command.line } : { ok: false, problem, line: command.line };
}

function unwrap(argument: string): string {
  const wrapped = /^(`+|"|')(.*)\1$/.exec(argument);
  return (wrapped?.[2] ?? argument).trim().replace(/^(?:\.\/)+/, "");
}

function checkPath(path: string): string | undefined {
  if (path === "") return `it needs the path of the survey export in this repository, e.g. \`${ANALYZE_SURVEY_USAGE}\`.`;
  if (/[\u0000-\u001f\u007f]/.test(path)) return "the path contains control characters.";
  if (path.includes("\\")) return "write the path with forward slashes (`/`), relative to the repository root.";
  if (path.startsWith("/")) return "the path must be relative to the repository root, without a leading `/`.";
  if (path.split("/").some((segment) => segment === ".." || segment === "")) return "the path must stay inside the repository: no `..` and no empty segments.";
  if (/\s/.test(path)) return "the path must not contain spaces; rename the file or move it.";
  return undefined;
}
