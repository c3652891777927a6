import { safeInline, tableCell } from "../../../core/text/safe-markdown.js";
import type { ChampionProblem } from "./champion-problem.js";

/** Finds our health issue again; only issues written by the App's bot user are trusted with it. */
export const HEALTH_MARKER = "<!-- persona-governance:persona-health -->";
export const HEALTH_LABEL = "persona-health";
export const HEALTH_TITLE = "Persona champions need attention";

/** Rows beyond this are counted, not listed: an issue body holds at most 65,536 characters. */
const MAX_ROWS = 300;

export interface HealthLinks {
  /** e.g. `https://github.com/acme/widgets`. */
  repoUrl: string;
  /** The branch the docs were read from. */
  branch: string;
}

/**
 * The body of the one `persona-health` issue: every champion problem with where it is and how to fix
 * it. Handles are written so they do not ping: the issue is about these people, not addressed to them.
 */
export function renderHealthIssue(problems: readonly ChampionProblem[], links: HealthLinks): string {
  const rows = problems.slice(0, MAX_ROWS).map((problem) => {
    const where = `[${safeInline(problem.owner.name)}](${docLink(problem, links)})`;
    const level = problem.severity === "error" ? "error" : "warning";
    return `| ${where} | ${tableCell(problem.handle)} | ${level} | ${tableCell(problem.message)} | ${tableCell(problem.suggestion)} |`;
  });
  const more = problems.length - rows.length;
  return [
    HEALTH_MARKER,
    `The persona-governance App checks every champion handle whenever the persona docs change. ${count(problems.length, "problem")} ${problems.length === 1 ? "needs" : "need"} fixing:`,
    "",
    "| Persona | Champion | Level | Problem | Fix |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    ...(more > 0 ? ["", `…and ${count(more, "more problem")}.`] : []),
    "",
    "_This issue is kept up to date by the App and closes itself when every problem is fixed._",
    "",
  ].join("\n");
}

/** The text left in the issue when it closes. */
export function renderHealthResolved(): string {
  return `${HEALTH_MARKER}\nEvery champion handle checks out now: each exists, belongs to the organisation and has write access, and every champion team has members.\n`;
}

function docLink(problem: ChampionProblem, links: HealthLinks): string {
  const encode = (text: string) => text.split("/").map(encodeURIComponent).join("/");
  return `${links.repoUrl}/blob/${encode(links.branch)}/${encode(problem.file)}#L${problem.line}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
