/**
 * The result of analysing one survey export: what the JSON output, the Markdown reports and the
 * publishing flow all read. Counts of "mentions" are always distinct respondents, never comments,
 * so one talkative respondent cannot push a pain point up the ranking.
 */
export interface SurveyAnalysis {
  cycle: string | null;
  /** Data rows read (blank rows are not respondents). */
  respondents: number;
  /** Respondents whose persona answer matched no known persona (empty answers included). */
  unmatched: number;
  /** Of `unmatched`, those who left the persona question empty. */
  noPersona: number;
  /** Comments such as "n/a" or "-" that were treated as no comment. */
  nonAnswers: number;
  /** Persona answers that matched nothing, most common first. */
  unknownPersonaValues: ValueCount[];
  /** Distinct unknown values beyond the tracking limit, counted but not listed by name. */
  untrackedUnknownPersonaValues: number;
  scale: { min: number; max: number };
  minResponses: number;
  /** At most this many raw comments are kept per category and per tool; all are counted. */
  commentCap: number;
  quotesPerPainPoint: number;
  topPainPoints: number;
  columns: SurveyColumns;
  personas: PersonaAnalysis[];
  /**
   * Every respondent, with or without a persona, so the overview can show the whole picture. Counts
   * only: it keeps no quotes or comments (those are per persona and per tool).
   */
  everyone: RespondentGroup;
  tools: ToolSummary[];
}

export interface SurveyColumns {
  persona: string;
  scores: ScoreColumn[];
  comments: string[];
}

export interface ScoreColumn {
  column: string;
  /** The phase id the question is about, when the mapping names one. */
  phase: string | null;
  /** What the report calls the question: the phase name, the mapped label, or the header. */
  label: string;
}

export interface ValueCount {
  value: string;
  count: number;
}

/** Figures for one group of respondents: a persona, or everyone. */
export interface RespondentGroup {
  responses: number;
  smallSample: boolean;
  /** Respondents who wrote at least one non-empty comment. */
  commenters: number;
  comments: number;
  questions: QuestionStats[];
  /** Every category that at least one respondent hit, in rank order. */
  painPoints: PainPoint[];
  uncategorised: CommentGroup;
  /** Tools this group named, by respondents naming them, then name. */
  tools: ToolCount[];
}

export interface PersonaAnalysis extends RespondentGroup {
  id: string;
  name: string;
}

export interface QuestionStats extends ScoreColumn {
  /** Valid answers. */
  n: number;
  /** Every point of the scale, zero-filled, keyed by the point as a string. */
  distribution: Record<string, number>;
  median: number | null;
  /** Share of valid answers at the bottom two points of the scale. */
  dissatisfiedShare: number | null;
  smallSample: boolean;
  /** Empty answers: the respondent skipped the question. */
  skipped: number;
  /** Whole numbers outside the scale. */
  outOfRange: number;
  /** Answers that are not a number on the scale at all. */
  notANumber: number;
  /** A few of the rejected answers as written, so the export can be fixed. */
  rejectedExamples: ValueCount[];
}

export interface PainPoint extends CommentGroup {
  phase: string;
  name: string;
  rank: number;
  /** Share of the group's commenters who mention it. */
  share: number;
  /** Tools of this phase (or of no phase) named in its comments, by respondents naming them. */
  tools: ToolCount[];
  quotes: SurveyComment[];
  /** Configured keywords and tool names that matched, by respondents. */
  keywords: ValueCount[];
}

export interface CommentGroup {
  /** Distinct respondents. */
  mentions: number;
  comments: number;
  /** Up to `commentCap` comments, a deterministic sample when there are more, ordered by row. */
  shown: SurveyComment[];
}

export interface ToolCount {
  name: string;
  mentions: number;
}

export interface ToolSummary {
  name: string;
  owner: string | null;
  phase: string | null;
  /** Distinct respondents naming it. */
  mentions: number;
  /** Ids of the personas whose respondents named it, in persona order. */
  personas: string[];
  comments: number;
  shown: SurveyComment[];
}

/** One respondent's answer to one comment question, with why it was categorised as it was. */
export interface SurveyComment {
  /** The row in the export (see read-survey-rows for how each format numbers rows). */
  row: number;
  column: string;
  /** Position of `column` among the mapped comment columns, for ordering a respondent's comments. */
  question: number;
  text: string;
  matches: CategoryMatch[];
  /** Names of the registry tools the comment names. */
  tools: string[];
}

export interface CategoryMatch {
  phase: string;
  /** The respondent's own words that matched, lower-cased, in order of appearance. */
  words: string[];
}
