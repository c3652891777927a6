/**
 * GitHub refuses issue and comment bodies over 65,536 characters. We stay below with room for the
 * markers and the note about what was left out; JavaScript's length counts UTF-16 units, which is at
 * least GitHub's character count, so a text that fits here fits there.
 */
export const GITHUB_BODY_LIMIT = 65_536;
export const GENERATED_BUDGET = 64_000;

/** How many raw comments per category to try, largest first, before cutting whole sections. */
const COMMENT_STEPS = [200, 100, 50, 20, 10, 5, 0];

export interface FittedText {
  text: string;
  /** Raw comments per category that made it in. */
  commentLimit: number;
  /** Less than everything kept by the analysis is shown. */
  reduced: boolean;
  /** Whole trailing sections had to go as well (only when even no raw comments did not fit). */
  cut: boolean;
}

/**
 * Renders with fewer and fewer raw comments per category until the text fits `budget`. If even none
 * do, the text is cut before the last heading that fits: headings only start lines outside tables,
 * quotes and `<details>` blocks (respondents' text is escaped, so it can never start one), so the
 * cut never leaves a block open.
 */
export function fitBody(render: (commentLimit: number) => string, cap: number, budget = GENERATED_BUDGET): FittedText {
  const steps = [cap, ...COMMENT_STEPS.filter((step) => step < cap)];
  let text = "";
  for (const limit of steps) {
    text = render(limit);
    if (text.length <= budget) return { text, commentLimit: limit, reduced: limit < cap, cut: false };
  }
  return { text: cutAtHeading(text, budget), commentLimit: 0, reduced: true, cut: true };
}

function cutAtHeading(text: string, budget: number): string {
  const window = text.slice(0, budget);
  const headings = [...window.matchAll(/\n#{1,6} /g)].map((match) => match.index);
  const last = headings.at(-1);
  // One enormous first section cannot be cut safely: the note about the full report stands alone.
  return last !== undefined && last > 0 ? window.slice(0, last).trimEnd() : "";
}
