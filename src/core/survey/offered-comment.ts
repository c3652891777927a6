import type { ToolDefinition } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import type { CommentMatch } from "./build-comment-matcher.js";
import type { SurveyComment } from "./survey-analysis.js";

/**
 * A comment's rank for sampling, with what is needed to build the kept form. Most comments are kept by
 * no sample, so the SurveyComment is built on first use (`keepComment`) and then shared by every sample.
 */
export interface OfferedComment {
  band: number;
  hash: number;
  row: number;
  categories: readonly number[];
  comment: SurveyComment | undefined;
  source: {
    text: string;
    column: string;
    question: number;
    match: CommentMatch;
    phases: readonly PhaseDefinition[];
    tools: readonly ToolDefinition[];
  };
}

// Longer comments are kept up to this many characters; matching always reads the whole text.
const STORED_COMMENT_LENGTH = 2_000;

/** The kept form of an offered comment, built once. */
export function keepComment(offered: OfferedComment): SurveyComment {
  if (offered.comment !== undefined) return offered.comment;
  const { text, column, question, match, phases, tools } = offered.source;
  offered.comment = {
    row: offered.row,
    column,
    question,
    text: text.length > STORED_COMMENT_LENGTH ? `${text.slice(0, STORED_COMMENT_LENGTH)} […]` : text,
    matches: match.categories.map((hit) => ({ phase: phases[hit.phase]!.id, words: hit.words })),
    tools: match.tools.map((tool) => tools[tool]!.name),
  };
  return offered.comment;
}
