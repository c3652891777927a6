import type { ToolDefinition } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import { buildCommentMatcher, type CommentMatch } from "./build-comment-matcher.js";
import type { GroupAccumulator, RowSummary } from "./create-group-accumulator.js";
import { createWordStemmer } from "./create-word-stemmer.js";
import { hashText } from "./hash-text.js";
import { isNonAnswer } from "./is-non-answer.js";
import type { OfferedComment } from "./offered-comment.js";
import type { IndexedColumn } from "./resolve-survey-columns.js";

export interface CommentRecorder {
  /** Categorises one respondent's comments and records them in every group they belong to. */
  record(values: readonly string[], row: number, members: readonly GroupAccumulator[], personas: readonly number[]): void;
  /** Comments such as "n/a" treated as no comment so far. */
  nonAnswers(): number;
}

interface ToolSink {
  addComment(tools: readonly number[], comment: OfferedComment): void;
  addRespondent(tools: readonly number[], personas: readonly number[]): void;
}

/**
 * The comment half of the analysis: each comment is matched once, offered to the samples of every
 * group the respondent belongs to and of every tool it names, and folded into a per-row summary so
 * that pain points count respondents rather than comments. One scratch offer object is reused for
 * every comment, since this runs millions of times.
 */
export function createCommentRecorder(
  comments: readonly IndexedColumn[],
  phases: readonly PhaseDefinition[],
  tools: readonly ToolDefinition[],
  toolSink: ToolSink,
): CommentRecorder {
  const matcher = buildCommentMatcher(phases, tools, createWordStemmer(0));
  const onlyUncategorised: readonly number[] = [phases.length];
  const offered: OfferedComment = {
    band: 0,
    hash: 0,
    row: 0,
    categories: onlyUncategorised,
    comment: undefined,
    source: { text: "", column: "", question: 0, match: { categories: [], tools: [] }, phases, tools },
  };
  const phaseIndex = new Map(phases.map((phase, index) => [phase.id, index]));
  // A tool counts within a pain point only in its own phase (a comment naming Sentry while complaining
  // about builds is not a building problem of Sentry's); a tool with no phase counts wherever it appears.
  const toolPhases = tools.map((tool) => (tool.phase === undefined ? -1 : (phaseIndex.get(tool.phase) ?? -1)));
  let nonAnswers = 0;

  const offer = (text: string, row: number, question: number, match: CommentMatch): void => {
    const column = comments[question]!;
    offered.categories = match.categories.length === 0 ? onlyUncategorised : match.categories.map((hit) => hit.phase);
    offered.band = text.length >= 25 && text.length <= 500 ? 0 : 1;
    offered.hash = hashText(text, column.index);
    offered.row = row;
    offered.comment = undefined;
    offered.source.text = text;
    offered.source.column = column.column;
    offered.source.question = question;
    offered.source.match = match;
  };

  return {
    record(values, row, members, personas) {
      let summary: RowSummary | undefined;
      for (let question = 0; question < comments.length; question++) {
        const text = readComment(values[comments[question]!.index]);
        if (text === "") continue;
        if (isNonAnswer(text)) {
          nonAnswers++;
          continue;
        }
        summary ??= { categories: [], keywords: [], tools: [], categoryTools: [] };
        const match = matcher.match(text);
        offer(text, row, question, match);
        for (const group of members) group.addComment(offered);
        toolSink.addComment(match.tools, offered);
        mergeIntoRow(summary, match, offered.categories, toolPhases);
      }
      if (summary === undefined) return;
      for (const group of members) group.addCommenter(summary);
      toolSink.addRespondent(summary.tools, personas);
    },
    nonAnswers: () => nonAnswers,
  };
}

// One line-break convention, so a comment reads, hashes and samples alike from CSV and JSON.
function readComment(raw: string | undefined): string {
  if (raw === undefined) return "";
  return (raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw).trim();
}

function mergeIntoRow(summary: RowSummary, match: CommentMatch, categories: readonly number[], toolPhases: readonly number[]): void {
  for (const category of categories) {
    let position = summary.categories.indexOf(category);
    if (position < 0) {
      position = summary.categories.push(category) - 1;
      summary.keywords.push([]);
    }
    const keywords = summary.keywords[position]!;
    for (const keyword of match.categories.find((hit) => hit.phase === category)?.keywords ?? []) {
      if (!keywords.includes(keyword)) keywords.push(keyword);
    }
    for (const tool of match.tools) {
      if (toolPhases[tool]! >= 0 && toolPhases[tool] !== category) continue;
      const pair = category * toolPhases.length + tool;
      if (!summary.categoryTools.includes(pair)) summary.categoryTools.push(pair);
    }
  }
  for (const tool of match.tools) if (!summary.tools.includes(tool)) summary.tools.push(tool);
}
