import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.js";
import { inlineCode, tableCell } from "../../src/core/text/safe-markdown.js";
import type { ValidationReport } from "../../src/core/validation-report.js";
import { messageCell } from "./message-cell.js";
import { plural } from "./plural.js";

/** GitHub rejects a step summary over 1 MiB; stay clear of it, with room for the closing note. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export interface ValidationSummaryInput {
  report: Pick<ValidationReport, "diagnostics" | "counts" | "filesChecked" | "configFile">;
  /** How a diagnostic's file is shown, e.g. with the working directory in front. */
  pathOf: (file: string) => string;
  /** The working directory as the workflow named it. */
  root: string;
  maxBytes?: number;
}

/**
 * The job summary of `validate`: totals per file, then one table per file listing every finding
 * (line, severity, rule, message, suggestion). File names and messages can carry text from the pull
 * request, so every cell is escaped (messages keep their code spans) and no mention in them pings anyone.
 */
export function renderValidationSummary(input: ValidationSummaryInput): string {
  const { report } = input;
  const groups = groupByFile(report.diagnostics);
  const head = [headline(report.counts), "", scopeLine(input), ""];
  if (groups.size === 0) return `${head.join("\n")}No problems found.\n`;
  head.push(...fileTotals(groups, input.pathOf), "");
  const limit = input.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const out: string[] = [head.join("\n")];
  let bytes = byteLength(out[0]!);
  let listed = 0;
  for (const [file, diagnostics] of groups) {
    const section = [`### ${inlineCode(input.pathOf(file))}`, "", "| Line | Severity | Rule | Message | Suggestion |", "| ---: | --- | --- | --- | --- |"];
    bytes += byteLength(section.join("\n")) + 2;
    if (bytes > limit) break;
    for (const d of diagnostics) {
      const row = findingRow(d);
      bytes += byteLength(row) + 1;
      if (bytes > limit) break;
      section.push(row);
      listed++;
    }
    out.push(`${section.join("\n")}\n`);
    if (bytes > limit) break;
  }
  out.push(closingNote(report.diagnostics.length, listed));
  return out.join("\n");
}

function headline(counts: ValidationReport["counts"]): string {
  if (counts.errors > 0) return `## ❌ Persona docs: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
  if (counts.warnings > 0) return `## ⚠️ Persona docs: ${plural(counts.warnings, "warning")}`;
  return "## ✅ Persona docs: all checks passed";
}

function scopeLine(input: ValidationSummaryInput): string {
  const docs = plural(input.report.filesChecked, "persona doc");
  const settings = input.report.configFile === undefined ? "the default settings" : `settings from ${inlineCode(input.pathOf(input.report.configFile))}`;
  return `Checked ${docs} in ${inlineCode(input.root)} with ${settings}.`;
}

function fileTotals(groups: Map<string, Diagnostic[]>, pathOf: (file: string) => string): string[] {
  const rows = ["| File | Errors | Warnings |", "| --- | ---: | ---: |"];
  let errors = 0;
  let warnings = 0;
  for (const [file, diagnostics] of groups) {
    const e = diagnostics.filter((d) => d.severity === "error").length;
    errors += e;
    warnings += diagnostics.length - e;
    rows.push(`| ${tableCell(pathOf(file))} | ${e} | ${diagnostics.length - e} |`);
  }
  rows.push(`| **Total** | **${errors}** | **${warnings}** |`);
  return rows;
}

function findingRow(d: Diagnostic): string {
  return `| ${d.line} | ${d.severity} | ${tableCell(d.rule)} | ${messageCell(d.message)} | ${messageCell(d.suggestion ?? "")} |`;
}

function closingNote(total: number, listed: number): string {
  if (listed < total) {
    return `**${plural(total - listed, "more finding")} not listed:** a job summary is limited to 1 MiB. Run \`persona-gov validate\` locally for the complete list.\n`;
  }
  return `Pull request annotations show at most 10 errors and 10 warnings per step; this summary lists all ${plural(total, "finding")}.\n`;
}

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
