import { NEXT_STEPS_HEADING_LINE } from "../publish/next-step-format.js";
import { inlineCode } from "../text/safe-markdown.js";
import { checklistLines } from "./checklist-lines.js";
import type { NextStep, ParsedChecklist, StepProblem } from "./next-step.js";
import { parseStepLine } from "./parse-step-line.js";
import type { StepVocabulary } from "./step-vocabulary.js";

/**
 * Reads the "Agreed next steps" checklist of a review-meeting issue: every step that reads cleanly,
 * and every line that does not, with what is wrong and the fix. Lines outside the section, HTML
 * comments, code blocks and prose are not steps. A missing section is one problem, and no steps.
 */
export function parseNextSteps(meetingBody: string, vocabulary: StepVocabulary): ParsedChecklist {
  const lines = checklistLines(meetingBody);
  if (lines === undefined) {
    const missing: StepProblem = {
      line: 0,
      raw: "",
      message: `The issue has no ${inlineCode(NEXT_STEPS_HEADING_LINE)} section, so there are no steps to follow up.`,
      fix: `Put the heading ${inlineCode(NEXT_STEPS_HEADING_LINE)} back above the checklist.`,
      references: [],
    };
    return { found: false, steps: [], errors: [missing] };
  }
  const steps: NextStep[] = [];
  const errors: StepProblem[] = [];
  for (const line of lines) {
    const parsed = parseStepLine(line, vocabulary);
    if (parsed === undefined) continue;
    if (Array.isArray(parsed)) errors.push(...parsed);
    else steps.push(parsed);
  }
  return { found: true, steps, errors };
}
