import { readFileSync } from "node:fs";
import type { Plan } from "../../src/core/plan/operation.js";
import { planToJson } from "../../src/core/sync/render-plan-json.js";
import { renderPlanMarkdown } from "../../src/core/sync/render-plan-markdown.js";
import type { ValidationReport } from "../../src/core/validation-report.js";
import { applyRepositorySync } from "../../src/flows/sync/apply-sync-flow.js";
import { PLAN_COMMENT_MARKER, renderPlanComment } from "../../src/flows/sync/plan-comment.js";
import { planRepositorySync } from "../../src/flows/sync/plan-sync-flow.js";
import { renderApplyMarkdown } from "../../src/flows/sync/render-apply-markdown.js";
import { blockedMessage } from "../../src/flows/sync/render-blocked-text.js";
import { describeRequestStats } from "../../src/flows/sync/sync-stats.js";
import { PermissionError } from "../../src/github/errors.js";
import type { GitHubGateway, RequestStats } from "../../src/github/gateway.js";
import { connectActionGateway } from "../connect-github.js";
import { InputError } from "../errors.js";
import { annotationsFor } from "../report/annotations.js";
import { renderValidationSummary } from "../report/validation-summary.js";
import { workspacePath } from "../report/workspace-path.js";
import type { ActionCommand, Annotation, CommandContext, CommandOutcome } from "./command.js";

interface RunEvent {
  name: string;
  /** The pull request a pull_request run is for. */
  pullNumber: number | undefined;
  /** `refs/heads/main` etc. */
  ref: string | undefined;
}

/**
 * `command: sync` — on a pull request, plans what merging would change and shows it in the job summary
 * and in one PR comment, edited in place on every push; on the default branch (a push, a schedule or a
 * manual run), applies the plan. `dry-run: true` only ever plans and writes nothing, not even a comment.
 */
export const syncCommand: ActionCommand = {
  async run(context: CommandContext): Promise<CommandOutcome> {
    const gateway = connect(context);
    const event = readEvent(context.env);
    if (event.pullNumber !== undefined) return planPullRequest(context, gateway, event.pullNumber);
    const defaultBranch = (await gateway.repo.getRepository()).defaultBranch;
    if (context.inputs.dryRun || event.ref !== `refs/heads/${defaultBranch}`) {
      const why = context.inputs.dryRun ? "`dry-run` is on" : `this run is for ${event.ref ?? "an unknown ref"}, not \`${defaultBranch}\``;
      return planOnly(context, gateway, `Nothing was written: ${why}.`);
    }
    return applySync(context, gateway);
  },
};

async function planPullRequest(context: CommandContext, gateway: GitHubGateway, pullNumber: number): Promise<CommandOutcome> {
  const checkout = { kind: "checkout", root: context.root } as const;
  const planned = await planRepositorySync({ mode: "online", gateway, docs: checkout, files: checkout, configPath: context.inputs.configPath });
  if (planned.status === "invalid") return blocked(context, planned.report);
  const annotations: Annotation[] = [];
  if (!context.inputs.dryRun) {
    const body = renderPlanComment(planned.plan, (await gateway.repo.getRepository()).defaultBranch);
    try {
      await upsertComment(gateway, pullNumber, body);
    } catch (error) {
      // A pull request from a fork gets a read-only token: the summary still carries the plan.
      if (!(error instanceof PermissionError)) throw error;
      annotations.push({ level: "warning", message: `The plan is in the job summary but could not be posted on the pull request. ${error.message}`, properties: { title: "sync plan comment" } });
    }
  }
  const outcome = planOutcome(planned.report, planned.plan, planned.stats, "false");
  const note = context.inputs.dryRun ? "\n`dry-run` is on: the plan was not posted on the pull request.\n" : "";
  return { ...outcome, summary: outcome.summary + note, annotations };
}

async function planOnly(context: CommandContext, gateway: GitHubGateway, note: string): Promise<CommandOutcome> {
  const files = { kind: "github" } as const;
  const planned = await planRepositorySync({ mode: "online", gateway, docs: { kind: "checkout", root: context.root }, files, configPath: context.inputs.configPath });
  if (planned.status === "invalid") return blocked(context, planned.report);
  const outcome = planOutcome(planned.report, planned.plan, planned.stats, "false");
  return { ...outcome, summary: `${outcome.summary}\n${note}\n` };
}

async function applySync(context: CommandContext, gateway: GitHubGateway): Promise<CommandOutcome> {
  const synced = await applyRepositorySync({ gateway, docs: { kind: "checkout", root: context.root }, configPath: context.inputs.configPath, dryRun: false });
  if (synced.status === "invalid") return blocked(context, synced.report);
  const outcome = planOutcome(synced.report, synced.plan, synced.stats, String(synced.changed));
  const failures = [...new Set(synced.result.outcomes.flatMap((o) => (o.status === "failed" && o.error ? [o.error.message] : [])))];
  return {
    ...outcome,
    summary: `${outcome.summary}\n${renderApplyMarkdown(synced.result)}`,
    ...(failures.length === 0 ? {} : { failure: `The sync did not finish; run it again once this is fixed:\n${failures.join("\n")}` }),
  };
}

function planOutcome(report: ValidationReport, plan: Plan, stats: RequestStats, changed: string): CommandOutcome {
  const summary = `${renderPlanMarkdown(plan)}\n_persona-governance ${describeRequestStats(stats, report.personas.length)}._\n`;
  return {
    annotations: [],
    summary,
    outputs: { ...countOutputs(report), plan: JSON.stringify(planToJson(plan).operations), changed },
  };
}

function blocked(context: CommandContext, report: ValidationReport): CommandOutcome {
  const pathOf = (file: string) => workspacePath(context.workspace, context.root, file);
  return {
    annotations: annotationsFor(report.diagnostics, pathOf),
    summary: renderValidationSummary({ report, pathOf, root: context.inputs.workingDirectory }),
    outputs: { ...countOutputs(report), plan: "[]", changed: "false" },
    failure: blockedMessage(report),
  };
}

function countOutputs(report: ValidationReport): Record<string, string> {
  return { errors: String(report.counts.errors), warnings: String(report.counts.warnings), personas: String(report.personas.length) };
}

/** One plan comment per pull request: the marked one is edited, and only when its text changed. */
async function upsertComment(gateway: GitHubGateway, pullNumber: number, body: string): Promise<void> {
  const existing = await gateway.comments.findByMarker(pullNumber, PLAN_COMMENT_MARKER);
  if (existing === undefined) await gateway.comments.create(pullNumber, body);
  else if (existing.body !== body) await gateway.comments.update(existing.id, body);
}

function connect(context: CommandContext): GitHubGateway {
  if (context.inputs.workingDirectory !== ".") {
    throw new InputError(`Input 'working-directory' must be '.' for command 'sync', which works on the whole repository (got '${context.inputs.workingDirectory}')`);
  }
  return connectActionGateway(context, "sync");
}

function readEvent(env: Record<string, string | undefined>): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const isPull = name === "pull_request" || name === "pull_request_target";
  let pullNumber: number | undefined;
  if (isPull && env.GITHUB_EVENT_PATH) {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as { pull_request?: { number?: unknown }; number?: unknown };
    const number = payload.pull_request?.number ?? payload.number;
    if (typeof number === "number" && Number.isInteger(number)) pullNumber = number;
  }
  if (isPull && pullNumber === undefined) throw new InputError(`The ${name} event payload (GITHUB_EVENT_PATH) names no pull request number.`);
  return { name, pullNumber, ref: env.GITHUB_REF };
}
