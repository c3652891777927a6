import type { PhaseDefinition } from "../config/phases.js";
import type { MarkdownBody, MarkdownTable, TableCell } from "./markdown-body.js";
import { matchPhase, splitTools } from "./match-phase.js";
import type { WorkflowStep } from "./persona.js";

/**
 * The workflow map written as a table in the body's Workflow section:
 *
 *     | Phase | Tools | How |
 *     | --- | --- | --- |
 *     | code-review | GitHub, Reviewable | Two approvals for service code |
 *
 * Columns are found by their header (in any order and case); a table without a Phase column is not a
 * workflow table. A phase written by name becomes its id; an unknown phase is kept as written so the
 * validator can report it.
 */
const WORKFLOW_HEADING = /^workflow\b/i;

export function readWorkflowTable(body: MarkdownBody, phases: readonly PhaseDefinition[]): WorkflowStep[] {
  const range = workflowSectionLines(body);
  if (!range) return [];
  const steps: WorkflowStep[] = [];
  for (const table of body.tables) {
    if (table.line <= range.start || table.line >= range.end) continue;
    steps.push(...tableSteps(table, phases));
  }
  return steps;
}

/** The lines between the Workflow H2 heading and the next heading of level 1 or 2. */
function workflowSectionLines(body: MarkdownBody): { start: number; end: number } | undefined {
  const index = body.sections.findIndex((s) => s.depth === 2 && WORKFLOW_HEADING.test(s.heading));
  if (index === -1) return undefined;
  const start = body.sections[index]!.line;
  const next = body.sections.slice(index + 1).find((s) => s.depth <= 2);
  return { start, end: next ? next.line : Number.POSITIVE_INFINITY };
}

const PHASE_HEADER = /^phases?$/i;
const TOOLS_HEADER = /^tools?$/i;
const HOW_HEADER = /^how$/i;

function tableSteps(table: MarkdownTable, phases: readonly PhaseDefinition[]): WorkflowStep[] {
  const column = (name: RegExp) => table.header.findIndex((cell) => name.test(cell.text));
  const phaseColumn = column(PHASE_HEADER);
  if (phaseColumn === -1) return [];
  const toolsColumn = column(TOOLS_HEADER);
  const howColumn = column(HOW_HEADER);
  const steps: WorkflowStep[] = [];
  for (const row of table.rows) {
    const phaseCell = row[phaseColumn];
    if (!phaseCell || phaseCell.text === "") continue;
    steps.push({
      phase: matchPhase(phaseCell.text, phases) ?? phaseCell.text,
      tools: splitTools(cellText(row, toolsColumn)),
      how: cellText(row, howColumn),
      line: phaseCell.line,
      column: phaseCell.column,
      source: "body",
    });
  }
  return steps;
}

function cellText(row: readonly TableCell[], index: number): string {
  return index === -1 ? "" : (row[index]?.text ?? "");
}
