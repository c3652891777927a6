import type { PlanWarning } from "../plan/operation.js";
import { BLOCK_BEGIN, BLOCK_END, CODEOWNERS_LOCATIONS } from "./codeowners-file.js";
import { compileCodeownersPattern, parseCodeownersLine } from "./codeowners-pattern.js";
import { compareText } from "./compare-text.js";
import type { CodeownersBlock } from "./render-codeowners-block.js";

export interface CodeownersMerge {
  /** The new file; exactly `existing` when the block could not be placed. */
  content: string;
  warnings: PlanWarning[];
  /** `created`: no file yet; `appended`: block added at the end; `replaced`: old block swapped in place. */
  status: "created" | "appended" | "replaced" | "malformed";
  /** The rules the old block held, when there was one: lets the plan say how many changed. */
  previousRules?: { pattern: string; owners: string[] }[];
}

interface Line {
  text: string;
  /** The line's own ending as found: `\n`, `\r\n`, `\r`, or empty for a last line without one. */
  eol: string;
}

const BEGIN = /^#\s*BEGIN persona-governance\b/;
const END = /^#\s*END persona-governance\b/;

/**
 * Puts the managed block into a CODEOWNERS file. Everything outside the block is kept byte for byte:
 * line endings, a missing final newline, trailing spaces. An existing block is replaced where it is; a
 * new one goes at the end, because the last matching rule wins and the generated rules should win
 * over general ones such as `* @org/everyone`. Hand-written rules after the block that cover generated
 * paths are reported, since they override the generated owners. When the markers are broken (a BEGIN
 * without its END, two BEGINs, END first), the file is left as it is, with a warning: guessing could
 * delete someone's rules.
 */
export function mergeCodeowners(
  existing: string | undefined,
  block: CodeownersBlock,
  file: string = CODEOWNERS_LOCATIONS[0],
): CodeownersMerge {
  if (existing === undefined || existing === "") {
    return { content: `${block.lines.join("\n")}\n`, warnings: [], status: existing === undefined ? "created" : "appended" };
  }
  const lines = splitLines(existing);
  const eol = lines.find((line) => line.eol !== "")?.eol ?? "\n";
  const blockText = block.lines.join(eol);
  const begins = indexesOf(lines, BEGIN);
  const ends = indexesOf(lines, END);
  if (begins.length === 0 && ends.length === 0) {
    const separator = existing.endsWith(`${eol}${eol}`) ? "" : existing.endsWith(eol) ? eol : `${eol}${eol}`;
    return { content: `${existing}${separator}${blockText}${eol}`, warnings: [], status: "appended" };
  }
  const [begin] = begins;
  const [end] = ends;
  if (begins.length !== 1 || ends.length !== 1 || begin === undefined || end === undefined || end < begin) {
    return { content: existing, warnings: [malformedWarning(file, begins, ends)], status: "malformed" };
  }
  const before = joinLines(lines.slice(0, begin));
  const after = `${lines[end]?.eol ?? ""}${joinLines(lines.slice(end + 1))}`;
  const previousRules = lines
    .slice(begin + 1, end)
    .map((line) => parseCodeownersLine(line.text))
    .filter((rule) => rule !== undefined);
  return {
    content: `${before}${blockText}${after}`,
    warnings: overridingRules(lines, end + 1, block, file),
    status: "replaced",
    previousRules,
  };
}

function overridingRules(lines: readonly Line[], from: number, block: CodeownersBlock, file: string): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const probes = [...new Set(block.rules.flatMap((rule) => rule.probes))].sort(compareText);
  for (let index = from; index < lines.length; index++) {
    const rule = parseCodeownersLine(lines[index]?.text ?? "");
    if (rule === undefined) continue;
    const regex = compileCodeownersPattern(rule.pattern);
    const covered = probes.filter((path) => regex.test(path));
    const [first] = covered;
    if (first === undefined) continue;
    const more = covered.length > 1 ? ` and ${covered.length - 1} more generated path${covered.length > 2 ? "s" : ""}` : "";
    warnings.push({
      file,
      line: index + 1,
      rule: "codeowners-overridden",
      message: `the rule "${rule.pattern}" comes after the persona-governance block and matches ${first}${more}, so it overrides the persona champions there; move it above the persona-governance block, or remove it`,
    });
  }
  return warnings;
}

function malformedWarning(file: string, begins: number[], ends: number[]): PlanWarning {
  const problem =
    begins.length === 0
      ? "an END marker without a BEGIN marker"
      : ends.length === 0
        ? "a BEGIN marker without an END marker"
        : begins.length > 1 || ends.length > 1
          ? `${begins.length} BEGIN and ${ends.length} END markers`
          : "the END marker before the BEGIN marker";
  return {
    file,
    line: Math.min(...begins, ...ends) + 1,
    rule: "codeowners-malformed-block",
    message: `${file} has ${problem}, so it is left unchanged rather than guessing which lines are generated; keep exactly one "${BLOCK_BEGIN}" line followed by one "${BLOCK_END}" line (or delete both and everything between them), then sync again`,
  };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), eol: "" });
  return lines;
}

function joinLines(lines: readonly Line[]): string {
  return lines.map((line) => `${line.text}${line.eol}`).join("");
}

function indexesOf(lines: readonly Line[], marker: RegExp): number[] {
  return lines.flatMap((line, index) => (marker.test(line.text.trim()) ? [index] : []));
}
