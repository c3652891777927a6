import { countDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * `--format text`, for people: diagnostics grouped under their file as `line:col  severity  message
 * [rule]` with the suggestion below, then a summary line. Colour only when asked (a terminal).
 */
export interface TextFormatOptions {
  color: boolean;
  /** How many persona docs were checked, for the "all valid" summary. */
  filesChecked: number;
}

const ANSI = { red: "31", yellow: "33", green: "32", dim: "2", bold: "1", underline: "4" } as const;

type Paint = (style: keyof typeof ANSI, text: string) => string;

export function formatText(diagnostics: readonly Diagnostic[], options: TextFormatOptions): string {
  const paint: Paint = options.color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_style, text) => text;
  const groups = groupByFile(diagnostics);
  const blocks = [...groups].map(([file, items]) => formatGroup(file, items, paint));
  const summary = formatSummary(diagnostics, groups.size, options.filesChecked, paint);
  return blocks.length === 0 ? `${summary}\n` : `${blocks.join("\n")}\n${summary}\n`;
}

function formatGroup(file: string, items: readonly Diagnostic[], paint: Paint): string {
  const positions = items.map((d) => `${d.line}:${d.column}`);
  const width = Math.max(...positions.map((p) => p.length));
  const lines = [paint("underline", clean(file))];
  items.forEach((d, i) => {
    const severity = d.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
    lines.push(`  ${paint("dim", positions[i]!.padEnd(width))}  ${severity}  ${clean(d.message)}  ${paint("dim", `[${d.rule}]`)}`);
    if (d.suggestion !== undefined) lines.push(`  ${" ".repeat(width)}           ${paint("dim", `→ ${clean(d.suggestion)}`)}`);
  });
  return `${lines.join("\n")}\n`;
}

function formatSummary(diagnostics: readonly Diagnostic[], fileCount: number, filesChecked: number, paint: Paint): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const inFiles = `in ${count(fileCount, "file")}`;
  if (errors > 0) {
    const parts = warnings > 0 ? `${count(errors, "error")}, ${count(warnings, "warning")}` : count(errors, "error");
    return paint("red", `✖ ${parts} ${inFiles}`);
  }
  const valid = filesChecked === 0 ? "no persona docs to check" : `${count(filesChecked, "persona")} valid`;
  return warnings > 0 ? paint("yellow", `✔ ${valid}, with ${count(warnings, "warning")} ${inFiles}`) : paint("green", `✔ ${valid}`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = groups.get(d.file);
    if (list) list.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

/** Messages quote file contents; keep terminal control characters (and so escape sequences) out. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, " ");
}
