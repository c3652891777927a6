import { optBoolean, optNullableString, optString, requireString } from "../body-reader.js";
import { notFound, validationFailed } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderPull } from "../render/render-pull.js";
import { diffCommits, mergeBase } from "../state/diff-commits.js";
import { timestamp } from "../state/ids.js";
import { actorFor } from "../state/lookup.js";
import type { PullRecord, RepoRecord } from "../state/records.js";
import { createIssue } from "../state/seed-repos.js";
import { openPullForHead } from "../state/seed-pulls.js";
import { sortIssues } from "./issue-filters.js";
import { applyState, checkBodyLength } from "./issues.js";
import { assertWritable, repoFrom } from "./lookups.js";

/** "owner:branch" or "branch" → branch name, when the owner is this repository's. */
function headBranch(repo: RepoRecord, head: string): string | undefined {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === repo.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

function pullFrom(ctx: HandlerContext, repo: RepoRecord): PullRecord {
  const pull = repo.pulls.get(Number(ctx.params["pull_number"]));
  if (!pull) throw notFound();
  return pull;
}

function render(ctx: HandlerContext, repo: RepoRecord, pull: PullRecord): Record<string, unknown> {
  return renderPull(ctx.state, ctx.urls, repo, repo.issues.get(pull.number)!, pull);
}

const listPulls: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const state = ctx.query["state"] ?? "open";
  const head = ctx.query["head"] === undefined ? undefined : (headBranch(repo, ctx.query["head"]) ?? "\0");
  const pulls = [...repo.pulls.values()].filter((p) => {
    const issue = repo.issues.get(p.number)!;
    return (
      (state === "all" || issue.state === state) &&
      (head === undefined || p.head === head) &&
      (ctx.query["base"] === undefined || p.base === ctx.query["base"])
    );
  });
  const issues = sortIssues(
    repo,
    pulls.map((p) => repo.issues.get(p.number)!),
    ctx.query["sort"] ?? "created",
    ctx.query["direction"] ?? "desc",
  );
  return { status: 200, page: { items: issues.map((i) => render(ctx, repo, repo.pulls.get(i.number)!)) } };
};

function checkBranches(repo: RepoRecord, head: string | undefined, base: string): void {
  const headSha = head === undefined ? undefined : repo.git.refs.get(`heads/${head}`);
  const baseSha = repo.git.refs.get(`heads/${base}`);
  if (!headSha || head === undefined) throw validationFailed({ resource: "PullRequest", code: "invalid", field: "head" });
  if (!baseSha) throw validationFailed({ resource: "PullRequest", code: "invalid", field: "base" });
  if (openPullForHead(repo, head)) {
    throw validationFailed({
      resource: "PullRequest",
      code: "custom",
      message: `A pull request already exists for ${repo.owner}:${head}.`,
    });
  }
  const mb = mergeBase(repo.git, baseSha, headSha);
  if (headSha === baseSha || (mb && diffCommits(repo.git, mb, headSha).length === 0)) {
    throw validationFailed({ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${head}` });
  }
}

const createPull: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const head = headBranch(repo, requireString(ctx.body, "head"));
  const base = requireString(ctx.body, "base");
  checkBranches(repo, head, base);
  const title = optString(ctx.body, "title");
  if (title === undefined || title.trim() === "")
    throw validationFailed({ resource: "PullRequest", code: "missing_field", field: "title" });
  const body = optNullableString(ctx.body, "body");
  checkBodyLength("PullRequest", body);
  const issue = createIssue(ctx.state, repo, { title, body: body ?? null, user: actorFor(ctx.state, ctx.token), isPullRequest: true });
  const pull: PullRecord = {
    number: issue.number,
    head: head!,
    base,
    draft: optBoolean(ctx.body, "draft") ?? false,
    merged: false,
    maintainerCanModify: optBoolean(ctx.body, "maintainer_can_modify") ?? true,
  };
  repo.pulls.set(pull.number, pull);
  const rendered = render(ctx, repo, pull);
  return { status: 201, body: rendered, headers: { location: String(rendered["url"]) } };
};

const updatePull: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const pull = pullFrom(ctx, repo);
  const issue = repo.issues.get(pull.number)!;
  const title = optString(ctx.body, "title");
  if (title !== undefined) issue.title = title;
  const body = optNullableString(ctx.body, "body");
  checkBodyLength("PullRequest", body);
  if (body !== undefined) issue.body = body;
  const base = optString(ctx.body, "base");
  if (base !== undefined) {
    if (!repo.git.refs.has(`heads/${base}`)) throw validationFailed({ resource: "PullRequest", code: "invalid", field: "base" });
    pull.base = base;
  }
  if (optString(ctx.body, "state") === "open" && issue.state === "closed" && openPullForHead(repo, pull.head)) {
    throw validationFailed({
      resource: "PullRequest",
      code: "custom",
      message: `A pull request already exists for ${repo.owner}:${pull.head}.`,
    });
  }
  applyState(ctx, issue);
  pull.maintainerCanModify = optBoolean(ctx.body, "maintainer_can_modify") ?? pull.maintainerCanModify;
  issue.updatedAt = timestamp(ctx.state);
  return { status: 200, body: render(ctx, repo, pull) };
};

const listFiles: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const pull = pullFrom(ctx, repo);
  const head = repo.git.refs.get(`heads/${pull.head}`);
  const base = repo.git.refs.get(`heads/${pull.base}`);
  const mb = head && base ? mergeBase(repo.git, base, head) : undefined;
  const raw = `${ctx.urls.html}/${repo.owner}/${repo.name}/raw/${head ?? ""}`;
  const files = head && mb ? diffCommits(repo.git, mb, head) : [];
  const items = files.map((f) => ({
    ...f,
    changes: f.additions + f.deletions,
    blob_url: `${ctx.urls.html}/${repo.owner}/${repo.name}/blob/${head ?? ""}/${f.filename}`,
    raw_url: `${raw}/${f.filename}`,
    contents_url: `${ctx.urls.api}/repos/${repo.owner}/${repo.name}/contents/${f.filename}?ref=${head ?? ""}`,
  }));
  return { status: 200, page: { items } };
};

/** Pull requests, by operationId. */
export const pullHandlers: Record<string, Handler> = {
  "pulls/list": listPulls,
  "pulls/create": createPull,
  "pulls/get": (ctx) => {
    const repo = repoFrom(ctx);
    return { status: 200, body: render(ctx, repo, pullFrom(ctx, repo)) };
  },
  "pulls/update": updatePull,
  "pulls/list-files": listFiles,
};
