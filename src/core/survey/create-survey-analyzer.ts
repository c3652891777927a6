import type { Config, ToolDefinition } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import type { Persona } from "../persona/persona.js";
import { createBoundedCounter } from "./create-bounded-counter.js";
import { createCommentRecorder } from "./create-comment-recorder.js";
import { createGroupAccumulator, type GroupAccumulator } from "./create-group-accumulator.js";
import { createPersonaMatcher, type PersonaAnswer } from "./create-persona-matcher.js";
import { parseScore } from "./create-score-tally.js";
import { resolveSurveyColumns } from "./resolve-survey-columns.js";
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
  const headerIndex = new Map(input.header.map((name, index) => [name, index]));
  const comments = createCommentRecorder(columns.comments, input.phases, input.tools, tools);
  // Rows with the same persona answer share one list of groups (answers are cached by the matcher).
  const membersOf = new WeakMap<PersonaAnswer, GroupAccumulator[]>();
  let respondents = 0;
  let unmatched = 0;
  let noPersona = 0;

  const addValues = (values: readonly string[], row: number): void => {
    respondents++;
    const answer = matchPersonas(values[columns.persona.index] ?? "");
    for (const value of answer.unknown) unknownValues.add(value);
    if (answer.personas.length === 0) unmatched++;
    if (answer.empty) noPersona++;
    let members = membersOf.get(answer);
    if (members === undefined) {
      members = [...answer.personas.map((index) => groups[index]!), everyone];
      membersOf.set(answer, members);
    }
    for (const group of members) group.addResponse();
    for (let position = 0; position < columns.scores.length; position++) {
      const raw = values[columns.scores[position]!.index] ?? "";
      const score = parseScore(raw);
      for (const group of members) group.tallies[position]!.add(score, raw);
    }
    comments.record(values, row, members, answer.personas);
  };

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
        counts: { respondents, unmatched, noPersona, nonAnswers: comments.nonAnswers() },
        unknownValues,
      }),
  };
}
