import type { GitHubGateway, Issue } from "../../../github/gateway.js";
import type { ChampionProblem } from "./champion-problem.js";
import { HEALTH_LABEL, HEALTH_MARKER, HEALTH_TITLE, renderHealthIssue, renderHealthResolved, type HealthLinks } from "./render-health-issue.js";

export type HealthIssueAction = "created" | "updated" | "reopened" | "unchanged" | "closed" | "none";

export interface HealthIssueResult {
  action: HealthIssueAction;
  issue?: number;
}

/**
 * Keeps the one `persona-health` issue in line with the problems found: opened when there are
 * problems, edited in place (and reopened) as they change, closed when none are left. The issue is
 * found by its label and hidden marker, and only one written by the App's own bot user counts.
 */
export async function updateHealthIssue(
  gateway: GitHubGateway,
  problems: readonly ChampionProblem[],
  options: { botLogin: string; links: HealthLinks; dryRun: boolean },
): Promise<HealthIssueResult> {
  const candidates = await gateway.issues.list({ labels: [HEALTH_LABEL], state: "all" });
  const ours = candidates.filter((issue) => issue.body.includes(HEALTH_MARKER) && issue.author?.toLowerCase() === options.botLogin.toLowerCase());
  const existing = ours.find((issue) => issue.state === "open") ?? ours[ours.length - 1];
  if (problems.length === 0) return closeIfOpen(gateway, existing, options.dryRun);
  const body = renderHealthIssue(problems, options.links);
  if (existing === undefined) {
    if (options.dryRun) return { action: "created" };
    const created = await gateway.issues.create({ title: HEALTH_TITLE, body, labels: [HEALTH_LABEL] });
    return { action: "created", issue: created.number };
  }
  const reopen = existing.state === "closed";
  if (!reopen && sameText(existing.body, body)) return { action: "unchanged", issue: existing.number };
  if (!options.dryRun) await gateway.issues.update(existing.number, { body, ...(reopen ? { state: "open" as const } : {}) });
  return { action: reopen ? "reopened" : "updated", issue: existing.number };
}

async function closeIfOpen(gateway: GitHubGateway, existing: Issue | undefined, dryRun: boolean): Promise<HealthIssueResult> {
  if (existing === undefined || existing.state === "closed") return { action: "none" };
  if (!dryRun) await gateway.issues.update(existing.number, { body: renderHealthResolved(), state: "closed", stateReason: "completed" });
  return { action: "closed", issue: existing.number };
}

function sameText(a: string, b: string): boolean {
  const normalize = (text: string) => text.replace(/\r\n?/g, "\n").trim();
  return normalize(a) === normalize(b);
}
