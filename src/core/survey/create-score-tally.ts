import { createBoundedCounter } from "./create-bounded-counter.js";
import type { QuestionStats, ScoreColumn } from "./survey-analysis.js";

export interface ScoreTally {
  /** Counts one answer; `score` is `parseScore(answer)`, parsed once per row and shared by all groups. */
  add(score: number | "empty", answer: string): void;
  summarise(question: ScoreColumn, minResponses: number): QuestionStats;
}

const REJECTED_TRACKED = 50;
const REJECTED_SHOWN = 5;
// A whole number, optionally followed by the option's label as some tools export it ("5 - Very satisfied").
const SCORE = /^([+-]?\d+)(?:\.0+)?(?:\s*[-–—:.)]?\s+\p{L}.*)?$/su;

/**
 * Counts one question's answers for one group of respondents on a `min`–`max` scale. Nothing is
 * dropped silently: empty answers are skips, whole numbers off the scale and fractions are out of
 * range, anything else is not a number, and each kind is counted.
 */
export function createScoreTally(scale: { min: number; max: number }): ScoreTally {
  const counts: number[] = new Array<number>(scale.max - scale.min + 1).fill(0);
  const rejected = createBoundedCounter(REJECTED_TRACKED);
  let skipped = 0;
  let outOfRange = 0;
  let notANumber = 0;
  return {
    add(score, answer) {
      if (score === "empty") skipped++;
      else if (Number.isInteger(score) && score >= scale.min && score <= scale.max) counts[score - scale.min]!++;
      else {
        if (Number.isNaN(score)) notANumber++;
        else outOfRange++;
        rejected.add(answer.trim());
      }
    },
    summarise(question, minResponses) {
      const n = counts.reduce((sum, count) => sum + count, 0);
      const distribution: Record<string, number> = {};
      counts.forEach((count, offset) => (distribution[String(scale.min + offset)] = count));
      const dissatisfied = (counts[0] ?? 0) + (counts.length > 1 ? counts[1]! : 0);
      return {
        ...question,
        n,
        distribution,
        median: medianOf(counts, scale.min, n),
        dissatisfiedShare: n === 0 ? null : dissatisfied / n,
        smallSample: n < minResponses,
        skipped,
        outOfRange,
        notANumber,
        rejectedExamples: rejected.top(REJECTED_SHOWN),
      };
    },
  };
}

/** A number for a valid-looking answer (possibly off the scale), NaN for text, "empty" for a skip. */
export function parseScore(answer: string): number | "empty" {
  const text = answer.trim();
  if (text === "") return "empty";
  if (text.length === 1) {
    const code = text.charCodeAt(0) - 48;
    if (code >= 0 && code <= 9) return code;
  }
  const whole = SCORE.exec(text);
  if (whole !== null) return Number(whole[1]);
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) ? number : Number.NaN;
}

function medianOf(counts: readonly number[], min: number, n: number): number | null {
  if (n === 0) return null;
  const lower = valueAt(counts, min, Math.floor((n - 1) / 2));
  const upper = valueAt(counts, min, Math.floor(n / 2));
  return (lower + upper) / 2;
}

function valueAt(counts: readonly number[], min: number, position: number): number {
  let seen = 0;
  for (let offset = 0; offset < counts.length; offset++) {
    seen += counts[offset]!;
    if (position < seen) return min + offset;
  }
  return min + counts.length - 1;
}
