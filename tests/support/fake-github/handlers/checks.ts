import { optString, requireString } from "../body-reader.js";
import { GitHubHttpError, notFound, validationFailed } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { isJsonObject } from "../openapi/json.js";
import { renderApp } from "../render/render-app.js";
import { resolveCommitish } from "../state/git-store.js";
import { allocateId, nodeIdFor, timestamp } from "../state/ids.js";
import type { CheckRunRecord, RepoRecord } from "../state/records.js";
import { numberParam, repoFrom } from "./lookups.js";

const MAX_ANNOTATIONS = 50;

function render(ctx: HandlerContext, repo: RepoRecord, run: CheckRunRecord): Record<string, unknown> {
  const api = `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url: api,
    html_url: `${ctx.urls.html}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${api}/annotations` },
    name: run.name,
    check_suite: { id: run.id + 1 },
    app: renderApp(ctx.state, ctx.urls),
    pull_requests: [],
  };
}

/** Applies the fields of a create or update body; annotations are appended, at most 50 per request. */
function applyBody(ctx: HandlerContext, run: CheckRunRecord): void {
  const b = ctx.body;
  const output = b["output"];
  if (isJsonObject(output)) {
    const annotations = Array.isArray(output["annotations"]) ? output["annotations"] : [];
    if (annotations.length > MAX_ANNOTATIONS) {
      throw new GitHubHttpError(422, `Invalid request.\n\nOnly ${MAX_ANNOTATIONS} annotations are allowed per request.`);
    }
    for (const a of annotations) {
      if (isJsonObject(a) && a["start_line"] !== a["end_line"] && (a["start_column"] !== undefined || a["end_column"] !== undefined)) {
        throw validationFailed({
          resource: "CheckRun",
          code: "invalid",
          field: "annotations",
          message: "start_column and end_column may only be used when start_line equals end_line",
        });
      }
    }
    run.annotations.push(...annotations.filter(isJsonObject));
    const text = (key: string): string | null => (typeof output[key] === "string" ? output[key] : null);
    run.output = {
      title: text("title") ?? run.output.title,
      summary: text("summary") ?? run.output.summary,
      text: text("text") ?? run.output.text,
    };
  }
  run.name = optString(b, "name") ?? run.name;
  run.detailsUrl = optString(b, "details_url") ?? run.detailsUrl;
  run.externalId = optString(b, "external_id") ?? run.externalId;
  const conclusion = optString(b, "conclusion");
  const status = optString(b, "status") as CheckRunRecord["status"] | undefined;
  if (status) run.status = status;
  if (conclusion) {
    run.conclusion = conclusion;
    run.status = "completed";
  }
  if (run.status === "completed") run.completedAt = optString(b, "completed_at") ?? run.completedAt ?? timestamp(ctx.state);
}

const createRun: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const headSha = requireString(ctx.body, "head_sha");
  if (!repo.git.commits.has(headSha))
    throw validationFailed({ resource: "CheckRun", code: "invalid", field: "head_sha", message: `No commit found for SHA: ${headSha}` });
  const id = allocateId(ctx.state);
  const run: CheckRunRecord = {
    id,
    nodeId: nodeIdFor("CR", id),
    name: requireString(ctx.body, "name"),
    headSha,
    status: "queued",
    conclusion: null,
    startedAt: optString(ctx.body, "started_at") ?? timestamp(ctx.state),
    completedAt: null,
    detailsUrl: null,
    externalId: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
  };
  applyBody(ctx, run);
  repo.checkRuns.push(run);
  return { status: 201, body: render(ctx, repo, run) };
};

function runFrom(ctx: HandlerContext, repo: RepoRecord): CheckRunRecord {
  const run = repo.checkRuns.find((r) => r.id === numberParam(ctx, "check_run_id"));
  if (!run) throw notFound();
  return run;
}

const listForRef: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const sha = resolveCommitish(repo.git, ctx.params["ref"] ?? "");
  if (!sha)
    throw validationFailed({
      resource: "Commit",
      code: "invalid",
      field: "ref",
      message: `No commit found for SHA: ${ctx.params["ref"] ?? ""}`,
    });
  const runs = repo.checkRuns.filter(
    (r) =>
      r.headSha === sha &&
      (ctx.query["check_name"] === undefined || r.name === ctx.query["check_name"]) &&
      (ctx.query["status"] === undefined || r.status === ctx.query["status"]),
  );
  const items = runs.reverse().map((r) => render(ctx, repo, r));
  return { status: 200, page: { items, key: "check_runs", extra: { total_count: items.length } } };
};

/** Check runs, by operationId. */
export const checkHandlers: Record<string, Handler> = {
  "checks/create": createRun,
  "checks/update": (ctx) => {
    const repo = repoFrom(ctx);
    const run = runFrom(ctx, repo);
    applyBody(ctx, run);
    return { status: 200, body: render(ctx, repo, run) };
  },
  "checks/get": (ctx) => {
    const repo = repoFrom(ctx);
    return { status: 200, body: render(ctx, repo, runFrom(ctx, repo)) };
  },
  "checks/list-for-ref": listForRef,
  "checks/list-annotations": (ctx) => {
    const repo = repoFrom(ctx);
    return { status: 200, page: { items: runFrom(ctx, repo).annotations } };
  },
};
