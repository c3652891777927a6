import { findRepo, findUser } from "../state/lookup.js";
import type { ProjectRecord } from "../state/project-records.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import { connection, type ConnectionArgs } from "./connection.js";
import type { GqlContext, GqlObject } from "./context.js";
import { FakeGraphqlError } from "./graphql-error.js";
import { itemObject, projectObject, resolveProject } from "./model-projects.js";

/** An Organization or User, with its Projects (v2). Returns null for unknown logins, like GitHub. */
export function ownerObject(ctx: GqlContext, login: string, kind: "Organization" | "User"): GqlObject | null {
  const user = findUser(ctx.state, login);
  if (!user || (kind === "Organization") !== (user.type === "Organization")) return null;
  const projects = (): ProjectRecord[] => ctx.state.projects.filter((p) => p.ownerLogin.toLowerCase() === login.toLowerCase());
  return {
    __typename: kind,
    id: user.nodeId,
    databaseId: user.id,
    login: user.login,
    name: user.name,
    url: `${ctx.urls.html}/${user.login}`,
    projectV2: (args: { number: number }) => resolveProject(ctx, user.login, args.number),
    projectsV2: (args: ConnectionArgs) =>
      connection(
        "projectsV2",
        projects()
          .filter((p) => p.access === "ok")
          .map((p) => projectObject(ctx, p)),
        args,
      ),
  };
}

/** A Repository with issue lookups. */
export function repoObject(ctx: GqlContext, repo: RepoRecord): GqlObject {
  const owner = findUser(ctx.state, repo.owner);
  return {
    __typename: "Repository",
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `${ctx.urls.html}/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    owner: ownerObject(ctx, repo.owner, owner?.type === "Organization" ? "Organization" : "User"),
    issue: (args: { number: number }) => {
      const issue = repo.issues.get(args.number);
      if (!issue || issue.isPullRequest)
        throw new FakeGraphqlError("NOT_FOUND", `Could not resolve to an Issue with the number of ${args.number}.`);
      return issueObject(ctx, repo, issue);
    },
    pullRequest: (args: { number: number }) => {
      const issue = repo.issues.get(args.number);
      if (!issue?.isPullRequest)
        throw new FakeGraphqlError("NOT_FOUND", `Could not resolve to a PullRequest with the number of ${args.number}.`);
      return issueObject(ctx, repo, issue);
    },
    issueOrPullRequest: (args: { number: number }) => {
      const issue = repo.issues.get(args.number);
      if (!issue)
        throw new FakeGraphqlError("NOT_FOUND", `Could not resolve to an issue or pull request with the number of ${args.number}.`);
      return issueObject(ctx, repo, issue);
    },
  };
}

/** An Issue or PullRequest, including the project items that hold it. */
export function issueObject(ctx: GqlContext, repo: RepoRecord, issue: IssueRecord): GqlObject {
  const labels = issue.labelIds.flatMap((id) => repo.labels.filter((l) => l.id === id));
  const items = (): GqlObject[] =>
    ctx.state.projects.flatMap((p) => p.items.filter((i) => i.contentId === issue.nodeId).map((i) => itemObject(ctx, p, i)));
  return {
    __typename: issue.isPullRequest ? "PullRequest" : "Issue",
    id: issue.nodeId,
    databaseId: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    url: `${ctx.urls.html}/${repo.owner}/${repo.name}/${issue.isPullRequest ? "pull" : "issues"}/${issue.number}`,
    state: issue.state === "open" ? "OPEN" : "CLOSED",
    closed: issue.state === "closed",
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    author: { __typename: "User", login: issue.user },
    repository: () => repoObject(ctx, repo),
    projectItems: (args: ConnectionArgs) => connection("projectItems", items(), args),
    labels: (args: ConnectionArgs) =>
      connection(
        "labels",
        labels.map((l) => ({ __typename: "Label", id: l.nodeId, name: l.name, color: l.color, description: l.description })),
        args,
      ),
    assignees: (args: ConnectionArgs) =>
      connection(
        "assignees",
        issue.assignees.map((login) => ({ __typename: "User", login, id: findUser(ctx.state, login)?.nodeId ?? "" })),
        args,
      ),
  };
}

/** The repository object for "owner/name", or null (GitHub adds a NOT_FOUND error). */
export function findRepoObject(ctx: GqlContext, owner: string, name: string): GqlObject {
  const repo = findRepo(ctx.state, owner, name);
  if (!repo) throw new FakeGraphqlError("NOT_FOUND", `Could not resolve to a Repository with the name '${owner}/${name}'.`);
  return repoObject(ctx, repo);
}
