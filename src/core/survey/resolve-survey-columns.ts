import type { Config } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { ScoreColumn } from "./survey-analysis.js";
import { SurveyInputError } from "./survey-input-error.js";

export interface ResolvedColumns {
  persona: IndexedColumn;
  scores: (ScoreColumn & { index: number })[];
  comments: IndexedColumn[];
}

export interface IndexedColumn {
  column: string;
  index: number;
}

const HEADERS_LISTED = 40;

/**
 * Finds every mapped column of `config.survey` in the export's header, before any row is read, so a
 * typo in the mapping fails fast with the headers listed and the nearest one suggested. Headers match
 * exactly or, failing that, ignoring case and surrounding or repeated spaces (survey tools like to
 * add a trailing space). With duplicate headers the first wins.
 */
export function resolveSurveyColumns(
  header: readonly string[],
  survey: Config["survey"],
  phases: readonly PhaseDefinition[],
): ResolvedColumns {
  const problems: string[] = [];
  const find = (column: string, key: string): IndexedColumn | undefined => {
    const index = findHeader(header, column);
    if (index >= 0) return { column: header[index]!, index };
    problems.push(describeMissing(column, key, header));
    return undefined;
  };
  const persona = find(survey.personaColumn, "survey.personaColumn");
  const scores = Object.entries(survey.scoreColumns ?? {}).flatMap(([column, target]) => {
    const found = find(column, "survey.scoreColumns");
    return found === undefined ? [] : [{ ...found, ...describeScoreTarget(target, phases) }];
  });
  const comments = (survey.commentColumns ?? []).flatMap((column, position) => {
    const found = find(column, `survey.commentColumns[${position}]`);
    return found === undefined ? [] : [found];
  });
  if (persona === undefined || problems.length > 0) throw new SurveyInputError(problems);
  return { persona, scores, comments };
}

function findHeader(header: readonly string[], column: string): number {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const wanted = normalise(column);
  return header.findIndex((candidate) => normalise(candidate) === wanted);
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

function describeScoreTarget(target: string, phases: readonly PhaseDefinition[]): Omit<ScoreColumn, "column"> {
  const phase = phases.find((candidate) => candidate.id === target);
  return phase === undefined ? { phase: null, label: target } : { phase: phase.id, label: phase.name };
}

function describeMissing(column: string, key: string, header: readonly string[]): string {
  const suggestion = closestMatch(column, header) ?? closestByContainment(column, header);
  const listed = header.slice(0, HEADERS_LISTED).map((name) => JSON.stringify(name));
  const more = header.length > HEADERS_LISTED ? `, and ${header.length - HEADERS_LISTED} more` : "";
  const hint = suggestion === undefined ? "" : ` Did you mean ${JSON.stringify(suggestion)}?`;
  return `${key} names the column ${JSON.stringify(column)}, which is not in the export's header.${hint} The header has: ${listed.join(", ")}${more}.`;
}

// Long survey questions are often reworded slightly; when no header is a plausible typo, suggest the
// one sharing the most words with the mapping.
function closestByContainment(column: string, header: readonly string[]): string | undefined {
  const words = new Set(normalise(column).split(" ").filter((word) => word.length > 3));
  let best: string | undefined;
  let bestShared = 1;
  for (const candidate of header) {
    const shared = normalise(candidate)
      .split(" ")
      .filter((word) => words.has(word)).length;
    if (shared > bestShared) {
      best = candidate;
      bestShared = shared;
    }
  }
  return best;
}
