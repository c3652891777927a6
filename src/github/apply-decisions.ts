import type { Decision } from "../core/routing/decision.js";
import { PermissionError, RateLimitError } from "./errors.js";
import type { GitHubGateway } from "./gateway.js";

/**
 * What became of one decision. `unsupported` marks a decision this executor cannot carry out (the
 * survey-question pull request of `/accept`, when the caller passed no `acceptSurveyQuestion`), so a
 * log line can say so instead of pretending it happened.
 */
export type DecisionStatus = "planned" | "applied" | "skipped" | "failed" | "unsupported";

export interface DecisionOutcome {
  decision: Decision;
  status: DecisionStatus;
  detail?: string;
  error?: Error;
}

export interface ApplyDecisionsOptions {
  /** Report every write as "planned" and send no request at all. */
  dryRun: boolean;
  /**
   * Carries out `/accept` (a flow of its own: branch, pull request, reply) and returns a detail worth
   * logging. Without it, those decisions are reported as unsupported.
   */
  acceptSurveyQuestion?: (decision: AcceptDecision) => Promise<string | undefined>;
}

type AcceptDecision = Extract<Decision, { kind: "accept-survey-question" }>;
type WriteDecision = Exclude<Decision, { kind: "skip" | "accept-survey-question" }>;

/**
 * The one executor of routing decisions, and the only place that knows about dry runs. Decisions run
 * in the order the core gave them (labels and assignees before the comment that describes them), one
 * request each. A failure is recorded and the rest carry on, except after a rate limit or a missing
 * permission, which would fail every later request the same way; those are reported as skipped.
 */
export async function applyDecisions(
  gateway: GitHubGateway,
  decisions: readonly Decision[],
  options: ApplyDecisionsOptions,
): Promise<DecisionOutcome[]> {
  const outcomes: DecisionOutcome[] = [];
  let halted: Error | undefined;
  for (const decision of decisions) {
    if (decision.kind === "skip") {
      outcomes.push({ decision, status: "skipped", detail: decision.reason });
    } else if (decision.kind === "accept-survey-question" && options.acceptSurveyQuestion === undefined) {
      outcomes.push({ decision, status: "unsupported", detail: "accepting a survey question (its pull request) is not done here" });
    } else if (options.dryRun) {
      outcomes.push({ decision, status: "planned", detail: decision.reason });
    } else if (halted !== undefined) {
      outcomes.push({ decision, status: "skipped", detail: `not attempted after an earlier failure: ${halted.message}` });
    } else {
      const outcome = await applyOne(decision, () =>
        decision.kind === "accept-survey-question" ? (options.acceptSurveyQuestion?.(decision) ?? Promise.resolve(undefined)) : write(gateway, decision),
      );
      if (outcome.error instanceof RateLimitError || outcome.error instanceof PermissionError) halted = outcome.error;
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

async function applyOne(decision: Decision, run: () => Promise<string | undefined>): Promise<DecisionOutcome> {
  try {
    const detail = await run();
    return detail === undefined ? { decision, status: "applied" } : { decision, status: "applied", detail };
  } catch (error) {
    return { decision, status: "failed", error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Sends the request(s) for one decision; returns a detail worth logging, if any. */
async function write(gateway: GitHubGateway, decision: WriteDecision): Promise<string | undefined> {
  switch (decision.kind) {
    case "add-labels":
      await gateway.issues.addLabels(decision.issue, decision.labels);
      return undefined;
    case "remove-labels":
      return removeLabels(gateway, decision.issue, decision.labels);
    case "assign":
      await gateway.issues.addAssignees(decision.issue, decision.logins);
      return undefined;
    case "unassign":
      await gateway.issues.removeAssignees(decision.issue, decision.logins);
      return undefined;
    case "comment-create":
      return `comment ${(await gateway.comments.create(decision.issue, decision.body)).id}`;
    case "comment-update":
      await gateway.comments.update(decision.commentId, decision.body);
      return undefined;
    case "close":
      await gateway.issues.update(decision.issue, { state: "closed", stateReason: decision.stateReason });
      return undefined;
    case "react":
      await gateway.comments.addReaction(decision.commentId, decision.content);
      return undefined;
  }
}

/** GitHub removes one label per request; a label someone removed meanwhile is not a failure. */
async function removeLabels(gateway: GitHubGateway, issue: number, labels: readonly string[]): Promise<string | undefined> {
  const gone: string[] = [];
  for (const label of labels) {
    if (!(await gateway.issues.removeLabel(issue, label))) gone.push(label);
  }
  return gone.length === 0 ? undefined : `already removed: ${gone.join(", ")}`;
}
