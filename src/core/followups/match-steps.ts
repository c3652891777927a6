import { inlineCode } from "../text/safe-markdown.js";
import type { NextStep, ParsedChecklist, StepProblem } from "./next-step.js";
import { stepKey } from "./step-key.js";
import type { TrackingIssue } from "./tracking-issue.js";

/** A checklist step with the tracking issue it belongs to, if it has one yet. */
export interface MatchedStep {
  step: NextStep;
  /** The step's text without the `#n` that links its issue: the issue's title. */
  title: string;
  key: string;
  tracking?: TrackingIssue;
  /** The line links the issue already (rather than matching it by key). */
  linked: boolean;
}

export interface StepMatch {
  matched: MatchedStep[];
  /** Tracking issues no line claims any more. */
  unclaimed: TrackingIssue[];
  /** Lines that copy another line's link. */
  duplicates: StepProblem[];
}

/**
 * Pairs checklist steps with tracking issues. A line that references one of this meeting's tracking
 * issues (`#n`, the leading one first) is that issue's step, however its text changed; a line without
 * a link is matched by the key of its text, which re-links a step whose link was deleted or whose
 * issue was created by a run that stopped before it could rewrite the line. Each issue belongs to one
 * line; a second line with the same link is reported rather than given the issue twice. Tracking
 * issues that a broken line references are claimed too, so a typo never makes a step look dropped.
 */
export function matchSteps(checklist: ParsedChecklist, tracking: readonly TrackingIssue[]): StepMatch {
  const byNumber = new Map(tracking.map((entry) => [entry.issue.number, entry] as const));
  const claimed = new Set<number>();
  for (const problem of checklist.errors) {
    const own = problem.references.find((n) => byNumber.has(n));
    if (own !== undefined) claimed.add(own);
  }
  const matched: MatchedStep[] = [];
  const duplicates: StepProblem[] = [];
  const unlinked: NextStep[] = [];
  for (const step of checklist.steps) {
    const own = step.references.find((n) => byNumber.has(n));
    if (own === undefined) {
      unlinked.push(step);
    } else if (claimed.has(own)) {
      duplicates.push(duplicateProblem(step, own));
    } else {
      claimed.add(own);
      const title = withoutLink(step.text, own);
      matched.push({ step: { ...step, trackingIssue: own }, title, key: stepKey(title), tracking: byNumber.get(own)!, linked: true });
    }
  }
  for (const step of unlinked) {
    const key = stepKey(step.text);
    const found = tracking.find((entry) => entry.record.key === key && !claimed.has(entry.issue.number));
    if (found !== undefined) claimed.add(found.issue.number);
    matched.push({ step: found === undefined ? step : { ...step, trackingIssue: found.issue.number }, title: step.text, key, ...(found === undefined ? {} : { tracking: found }), linked: false });
  }
  matched.sort((a, b) => a.step.line - b.step.line);
  return { matched, unclaimed: tracking.filter((entry) => !claimed.has(entry.issue.number)), duplicates };
}

/** The text without the one `#n` token that links issue `n`. */
export function withoutLink(text: string, issue: number): string {
  const pattern = new RegExp(`(?<=^|\\s)#${issue}(?=[\\s.,;:)]|$)`);
  return text.replace(pattern, " ").replace(/\s+/g, " ").trim();
}

function duplicateProblem(step: NextStep, issue: number): StepProblem {
  return {
    line: step.line,
    raw: step.raw,
    message: `This line links #${issue}, which another line of the checklist already tracks.`,
    fix: `Remove ${inlineCode(`#${issue}`)} from one of the two lines: a step without a link gets a tracking issue of its own.`,
    references: [],
  };
}
