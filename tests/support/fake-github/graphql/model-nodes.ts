import type { ProjectItemRecord, ProjectRecord } from "../state/project-records.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import type { GqlContext, GqlObject } from "./context.js";
import { forbidden, unknownNode } from "./graphql-error.js";
import { issueObject, ownerObject, repoObject } from "./model-accounts.js";
import { fieldObject, itemObject, projectObject } from "./model-projects.js";

/** The issue or pull request with this node id, with its repository. */
export function findIssueByNodeId(ctx: GqlContext, id: string): { repo: RepoRecord; issue: IssueRecord } | undefined {
  for (const repo of ctx.state.repos.values()) {
    for (const issue of repo.issues.values()) if (issue.nodeId === id) return { repo, issue };
  }
  return undefined;
}

/** The Issue or PullRequest object behind a project item, or null when it no longer exists. */
export function contentObject(ctx: GqlContext, id: string): GqlObject | null {
  const found = findIssueByNodeId(ctx, id);
  return found ? issueObject(ctx, found.repo, found.issue) : null;
}

/** A project by node id; FORBIDDEN or NOT_FOUND when the token cannot see it. */
export function requireProject(ctx: GqlContext, id: string): ProjectRecord {
  const project = ctx.state.projects.find((p) => p.id === id);
  if (!project || project.access === "not_found") throw unknownNode(id);
  if (project.access === "forbidden") throw forbidden();
  return project;
}

/** An item of a project by node id. */
export function requireItem(project: ProjectRecord, id: string): ProjectItemRecord {
  const item = project.items.find((i) => i.id === id);
  if (!item) throw unknownNode(id);
  return item;
}

/** `node(id:)`: every kind of object the fake models, or null. */
export function nodeObject(ctx: GqlContext, id: string): GqlObject | null {
  const content = contentObject(ctx, id);
  if (content) return content;
  for (const project of ctx.state.projects) {
    if (project.access !== "ok") continue;
    if (project.id === id) return projectObject(ctx, project);
    const item = project.items.find((i) => i.id === id);
    if (item) return itemObject(ctx, project, item);
    const field = project.fields.find((f) => f.id === id);
    if (field) return fieldObject(ctx, project, field);
  }
  const repo = [...ctx.state.repos.values()].find((r) => r.nodeId === id);
  if (repo) return repoObject(ctx, repo);
  const user = [...ctx.state.users.values()].find((u) => u.nodeId === id);
  if (user) return ownerObject(ctx, user.login, user.type === "Organization" ? "Organization" : "User");
  return null;
}
