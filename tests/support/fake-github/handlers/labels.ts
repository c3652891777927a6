import { optNullableString, optString, requireString } from "../body-reader.js";
import { GitHubHttpError, notFound, validationFailed } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderLabel } from "../render/render-label.js";
import type { LabelRecord, RepoRecord } from "../state/records.js";
import { createLabel } from "../state/seed-repos.js";
import { findLabel, repoFrom } from "./lookups.js";

function checkColor(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const bare = color.replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(bare)) throw validationFailed({ resource: "Label", code: "invalid", field: "color" });
  return bare.toLowerCase();
}

function checkDescription(description: string | null | undefined): string | null | undefined {
  if (typeof description === "string" && description.length > 100) {
    throw validationFailed({ resource: "Label", code: "invalid", field: "description" });
  }
  return description;
}

function labelFrom(ctx: HandlerContext, repo: RepoRecord): LabelRecord {
  const label = findLabel(repo, ctx.params["name"] ?? "");
  if (!label) throw notFound();
  return label;
}

const listLabels: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  return { status: 200, page: { items: repo.labels.map((l) => renderLabel(ctx.urls, repo, l)) } };
};

const createLabelHandler: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const name = requireString(ctx.body, "name");
  if (name.trim() === "") throw validationFailed({ resource: "Label", code: "missing_field", field: "name" });
  if (findLabel(repo, name)) throw validationFailed({ resource: "Label", code: "already_exists", field: "name" });
  const color = checkColor(optString(ctx.body, "color"));
  const description = checkDescription(optNullableString(ctx.body, "description"));
  const label = createLabel(ctx.state, repo, { name, ...(color ? { color } : {}), description: description ?? null });
  const body = renderLabel(ctx.urls, repo, label);
  return { status: 201, body, headers: { location: String(body["url"]) } };
};

const getLabel: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  return { status: 200, body: renderLabel(ctx.urls, repo, labelFrom(ctx, repo)) };
};

const updateLabel: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const label = labelFrom(ctx, repo);
  const newName = optString(ctx.body, "new_name");
  if (newName !== undefined) {
    const clash = findLabel(repo, newName);
    if (clash && clash !== label) throw validationFailed({ resource: "Label", code: "already_exists", field: "name" });
    label.name = newName;
  }
  const color = checkColor(optString(ctx.body, "color"));
  if (color) label.color = color;
  const description = checkDescription(optNullableString(ctx.body, "description"));
  if (description !== undefined) label.description = description;
  return { status: 200, body: renderLabel(ctx.urls, repo, label) };
};

const deleteLabel: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const label = labelFrom(ctx, repo);
  repo.labels = repo.labels.filter((l) => l !== label);
  for (const issue of repo.issues.values()) issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
  return { status: 204 };
};

/** Sanity check shared with issue-label handlers: a label name GitHub would refuse. */
export function assertLabelName(name: string): void {
  if (name.trim() === "") throw new GitHubHttpError(422, "Validation Failed", [{ resource: "Label", code: "invalid", field: "name" }]);
}

/** Repository label operations, by operationId. */
export const labelHandlers: Record<string, Handler> = {
  "issues/list-labels-for-repo": listLabels,
  "issues/create-label": createLabelHandler,
  "issues/get-label": getLabel,
  "issues/update-label": updateLabel,
  "issues/delete-label": deleteLabel,
};
