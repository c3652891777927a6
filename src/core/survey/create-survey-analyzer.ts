import type { Config, ToolDefinition } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import type { Persona } from "../persona/persona.js";
import { buildCommentMatcher, type CommentMatch } from "./build-comment-matcher.js";
import { createBoundedCounter } from "./create-bounded-counter.js";
import { createGroupAccumulator, type GroupAccumulator, type RowSummary } from "./create-group-accumulator.js";
import type { OfferedComment } from "./offered-comment.js";
import { createPersonaMatcher } from "./create-persona-matcher.js";
import { parseScore } from "./create-score-tally.js";
import { createWordStemmer } from "./create-word-stemmer.js";
import { hashText } from "./hash-text.js";
import { isNonAnswer } from "./is-non-answer.js";
import { resolveSurveyColumns, type IndexedColumn } from "./resolve-survey-columns.js";
import { SurveyInputError } from "./survey-input-error.js";
import type { SurveyAnalysis } from "./survey-analysis.js";
import { summariseSurvey } from "./summarise-survey.js";
import { createToolAccumulator } from "./create-tool-accumulator.js";

export interface SurveyAnalyzerInput {
  config: Pick<Config, "survey">;
  personas: readonly Pick<Persona, "id" | "name" | "aliases" | "previously">[];
  phases: readonly PhaseDefinition[];
  tools: readonly ToolDefinition[];
  /** The export's column names, in order. */
  header: readonly string[];
  /** Raw comments kept per category and per tool (all are counted). */
  commentCap?: number;
}

export interface SurveyAnalyzer {
  /** Adds one respondent given as column name → answer; missing columns count as empty answers. */
  add(record: Readonly<Record<string, string>>, row: number): void;
  /** Adds one respondent given as answers aligned with the header: the fast path for CSV. */
  addValues(values: readonly string[], row: number): void;
  finish(): SurveyAnalysis;
}

export const DEFAULT_COMMENT_CAP = 200;
const UNKNOWN_VALUES_TRACKED = 1_000;

/**
 * A streaming survey analysis: the header is checked against the mapping up front (throwing
 * SurveyInputError with the headers and the nearest match), then rows are added one at a time in
 * constant memory, and `finish` returns the analysis. The same rows give the same analysis in any
 * order, except for row numbers and, among identical comments, which row's copy is shown.
 */
export function createSurveyAnalyzer(input: SurveyAnalyzerInput): SurveyAnalyzer {
  const survey = input.config.survey;
  if (survey.scale.max - survey.scale.min < 1) {
    throw new SurveyInputError([
      `survey.scale runs from ${survey.scale.min} to ${survey.scale.max}; it needs at least two points, with min below max.`,
    ]);
  }
  const columns = resolveSurveyColumns(input.header, survey, input.phases);
  const personas = [...input.personas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const matchPersonas = createPersonaMatcher(personas, survey.multiValueSeparator);
  const matcher = buildCommentMatcher(input.phases, input.tools, createWordStemmer(0));
  const settings = {
    phases: input.phases,
    tools: input.tools,
    scores: columns.scores.map(({ column, phase, label }) => ({ column, phase, label })),
    scale: survey.scale,
    minResponses: survey.minResponses,
    commentCap: input.commentCap ?? DEFAULT_COMMENT_CAP,
    quotesPerPainPoint: survey.quotesPerPainPoint,
  };
  // Everyone's figures feed the overview's counts and charts; comments are read per persona and per
  // tool, so the everyone group keeps none, which also saves a third of the sampling work.
  const groups: GroupAccumulator[] = [
    ...personas.map(() => createGroupAccumulator(settings)),
    createGroupAccumulator({ ...settings, commentCap: 0, quotesPerPainPoint: 0 }),
  ];
  const everyone = groups[personas.length]!;
  const tools = createToolAccumulator(input.tools.length, personas.length, settings.commentCap);
  const unknownValues = createBoundedCounter(UNKNOWN_VALUES_TRACKED);
  const uncategorised = input.phases.length;
  const headerIndex = new Map(input.header.map((name, index) => [name, index]));
  let respondents = 0;
  let unmatched = 0;
  let noPersona = 0;
  let nonAnswers = 0;

  // Scratch objects reused for every row and comment: the hot path allocates as little as it can.
  const members: GroupAccumulator[] = [];
  const summary: RowSummary = { categories: [], keywords: [], tools: [], categoryTools: [] };
  const categories: number[] = [];
  const offered: OfferedComment = {
    band: 0,
    hash: 0,
    row: 0,
    categories,
    comment: undefined,
    source: { text: "", column: "", question: 0, match: { categories: [], tools: [] }, phases: input.phases, tools: input.tools },
  };

  const addValues = (values: readonly string[], row: number): void => {
    respondents++;
    const answer = matchPersonas(values[columns.persona.index] ?? "");
    for (const value of answer.unknown) unknownValues.add(value);
    if (answer.personas.length === 0) unmatched++;
    if (answer.empty) noPersona++;
    members.length = 0;
    for (const index of answer.personas) members.push(groups[index]!);
    members.push(everyone);
    for (const group of members) group.addResponse();
    for (let position = 0; position < columns.scores.length; position++) {
      const raw = values[columns.scores[position]!.index] ?? "";
      const score = parseScore(raw);
      for (const group of members) group.tallies[position]!.add(score, raw);
    }
    addComments(values, row, answer.personas);
  };

  function addComments(values: readonly string[], row: number, personaIndices: number[]): void {
    summary.categories.length = 0;
    summary.keywords.length = 0;
    summary.tools.length = 0;
    summary.categoryTools.length = 0;
    let commented = false;
    for (let question = 0; question < columns.comments.length; question++) {
      const column = columns.comments[question]!;
      const raw = values[column.index] ?? "";
      // One line-break convention, so a comment reads, hashes and samples alike from CSV and JSON.
      const text = (raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw).trim();
      if (text === "") continue;
      if (isNonAnswer(text)) {
        nonAnswers++;
        continue;
      }
      commented = true;
      const match = matcher.match(text);
      categories.length = 0;
      if (match.categories.length === 0) categories.push(uncategorised);
      for (const hit of match.categories) categories.push(hit.phase);
      describeOffer(text, row, column, question, match);
      for (const group of members) group.addComment(offered);
      tools.addComment(match.tools, offered);
      mergeIntoRow(summary, match, categories, input.tools.length);
    }
    if (!commented) return;
    for (const group of members) group.addCommenter(summary);
    tools.addRespondent(summary.tools, personaIndices);
  }

  function describeOffer(text: string, row: number, column: IndexedColumn, question: number, match: CommentMatch): void {
    offered.band = text.length >= 25 && text.length <= 500 ? 0 : 1;
    offered.hash = hashText(text, column.index);
    offered.row = row;
    offered.comment = undefined;
    offered.source.text = text;
    offered.source.column = column.column;
    offered.source.question = question;
    offered.source.match = match;
  }

  return {
    add(record, row) {
      const values = new Array<string>(input.header.length).fill("");
      for (const [name, value] of Object.entries(record)) {
        const index = headerIndex.get(name);
        if (index !== undefined) values[index] = value;
      }
      addValues(values, row);
    },
    addValues,
    finish: () =>
      summariseSurvey({
        survey,
        settings,
        columns,
        personas,
        groups,
        tools: tools.summarise(input.tools, personas),
        counts: { respondents, unmatched, noPersona, nonAnswers },
        unknownValues,
      }),
  };
}

function mergeIntoRow(summary: RowSummary, match: CommentMatch, categories: number[], toolCount: number): void {
  categories.forEach((category) => {
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
      const pair = category * toolCount + tool;
      if (!summary.categoryTools.includes(pair)) summary.categoryTools.push(pair);
    }
  });
  for (const tool of match.tools) if (!summary.tools.includes(tool)) summary.tools.push(tool);
}
