import { safeInline, tableCell } from "../text/safe-markdown.js";
import { countActions, hasChanges, TARGET_NAMES, type PublishAction, type PublishOperation, type PublishReport } from "./publish-operation.js";

const PAST: Readonly<Record<PublishAction, string>> = { create: "created", update: "updated", unchanged: "unchanged", skipped: "skipped" };
const FUTURE: Readonly<Record<PublishAction, string>> = { create: "would create", update: "would update", unchanged: "unchanged", skipped: "skipped" };

/** The report for a terminal: one line per operation (labels only when they change), then totals. */
export function renderPublishText(report: PublishReport): string {
  const verbs = report.dryRun ? FUTURE : PAST;
  const shown = report.operations.filter((operation) => operation.target !== "label" || isChange(operation));
  const width = Math.max(0, ...shown.map((operation) => verbs[operation.action].length));
  const lines = shown.map((operation) => {
    const where = operation.url === undefined ? "" : ` ${operation.url}`;
    const notes = (operation.notes ?? []).map((note) => `\n    note: ${note}`).join("");
    return `  ${verbs[operation.action].padEnd(width)}  ${TARGET_NAMES[operation.target]} ${JSON.stringify(operation.subject)}${where}\n    ${operation.reason}${notes}`;
  });
  return [headline(report), ...lines, totals(report), ""].join("\n");
}

/** The report as JSON: stable keys, for scripts and the Action's `plan` output. */
export function publishReportToJson(report: PublishReport): object {
  return {
    cycle: report.cycle,
    repo: report.repo,
    dryRun: report.dryRun,
    changed: !report.dryRun && hasChanges(report),
    counts: countActions(report.operations),
    operations: report.operations.map((operation) => ({
      action: operation.action,
      target: operation.target,
      repo: operation.repo,
      subject: operation.subject,
      reason: operation.reason,
      url: operation.url ?? null,
      number: operation.number ?? null,
      notes: operation.notes ?? [],
    })),
  };
}

/** The report as Markdown, for the job summary and the App's reply: a table of what changed. */
export function renderPublishMarkdown(report: PublishReport): string {
  const verbs = report.dryRun ? FUTURE : PAST;
  const rows = report.operations
    .filter((operation) => operation.target !== "label" || isChange(operation))
    .map((operation) => `| ${verbs[operation.action]} | ${TARGET_NAMES[operation.target]} | ${link(operation)} | ${tableCell(operation.reason)} |`);
  const notes = report.operations.flatMap((operation) => (operation.notes ?? []).map((note) => `- ${safeInline(operation.subject)}: ${safeInline(note)}`));
  const parts = [headline(report), "", "| | What | Subject | Why |", "|---|---|---|---|", ...rows, "", totals(report)];
  if (notes.length > 0) parts.push("", "Notes:", ...notes);
  return `${parts.join("\n")}\n`;
}

function headline(report: PublishReport): string {
  const cycle = `the ${report.cycle} survey`;
  if (report.dryRun) return `Dry run: nothing was written. Publishing ${cycle} to ${report.repo} would do this:`;
  return hasChanges(report) ? `Published ${cycle} to ${report.repo}:` : `Published ${cycle} to ${report.repo}: everything was already up to date.`;
}

function totals(report: PublishReport): string {
  const counts = countActions(report.operations.filter((operation) => operation.target !== "label"));
  const labels = report.operations.filter((operation) => operation.target === "label" && isChange(operation)).length;
  const verbs = report.dryRun ? FUTURE : PAST;
  const parts = (["create", "update", "unchanged", "skipped"] as const).filter((action) => counts[action] > 0).map((action) => `${counts[action]} ${verbs[action]}`);
  const labelText = labels === 0 ? "" : `, plus ${labels} ${labels === 1 ? "label" : "labels"} ${report.dryRun ? "to create" : "created"}`;
  return `Issues and comments: ${parts.join(", ") || "none"}${labelText}.`;
}

function link(operation: PublishOperation): string {
  const subject = tableCell(operation.subject);
  return operation.url === undefined ? subject : `[${subject}](${operation.url})`;
}

function isChange(operation: PublishOperation): boolean {
  return operation.action === "create" || operation.action === "update";
}
