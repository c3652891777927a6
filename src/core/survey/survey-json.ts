import type { PainPoint, QuestionStats, SurveyAnalysis, ToolSummary } from "./survey-analysis.js";

/**
 * The `--format json` document: the shape promised in the survey issue (`cycle`, `respondents`,
 * `unmatched`, `personas[].questions`, `personas[].painPoints` in rank order, `tools`), plus a few
 * additive fields that say what the figures leave out. Quotes are plain strings; `quoteRows` gives the
 * export row of each. Shares are rounded to four decimals.
 */
export function toSurveyJson(analysis: SurveyAnalysis): Record<string, unknown> {
  return {
    cycle: analysis.cycle,
    respondents: analysis.respondents,
    unmatched: analysis.unmatched,
    noPersona: analysis.noPersona,
    unknownPersonaValues: analysis.unknownPersonaValues,
    personas: analysis.personas.map((persona) => ({
      id: persona.id,
      name: persona.name,
      responses: persona.responses,
      smallSample: persona.smallSample,
      commenters: persona.commenters,
      questions: persona.questions.map(questionJson),
      painPoints: persona.painPoints.map(painPointJson),
      uncategorised: { mentions: persona.uncategorised.mentions, comments: persona.uncategorised.comments },
      tools: persona.tools,
    })),
    tools: analysis.tools.map(toolJson),
    uncategorised: { mentions: analysis.everyone.uncategorised.mentions, comments: analysis.everyone.uncategorised.comments },
  };
}

function questionJson(question: QuestionStats): Record<string, unknown> {
  return {
    column: question.column,
    phase: question.phase,
    label: question.label,
    n: question.n,
    distribution: question.distribution,
    median: question.median,
    dissatisfiedShare: round(question.dissatisfiedShare),
    smallSample: question.smallSample,
    skipped: question.skipped,
    outOfRange: question.outOfRange,
    notANumber: question.notANumber,
  };
}

function painPointJson(point: PainPoint): Record<string, unknown> {
  return {
    phase: point.phase,
    mentions: point.mentions,
    share: round(point.share),
    tools: point.tools,
    quotes: point.quotes.map((quote) => quote.text),
    quoteRows: point.quotes.map((quote) => quote.row),
    comments: point.comments,
    keywords: point.keywords,
  };
}

function toolJson(tool: ToolSummary): Record<string, unknown> {
  return { name: tool.name, owner: tool.owner, mentions: tool.mentions, personas: tool.personas, phase: tool.phase };
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}
