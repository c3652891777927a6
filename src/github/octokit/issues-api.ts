import type { Issue, IssueInput, IssueListFilter, IssuesGateway, IssueUpdate } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { listAllPages } from "./list-all-pages.js";
import { toIssue, type IssueData } from "./to-issue.js";

export function createIssuesApi(context: ApiContext): IssuesGateway {
  return {
    get: (number) => getIssue(context, number),
    create: (input) => createIssue(context, input),
    update: (number, changes) => updateIssue(context, number, changes),
    addLabels: (number, labels) => addLabels(context, number, labels),
    removeLabel: (number, label) => removeLabel(context, number, label),
    addAssignees: (number, logins) => changeAssignees(context, "POST", number, logins),
    removeAssignees: (number, logins) => changeAssignees(context, "DELETE", number, logins),
    list: async (filter) => (await listAllPages(context.client, firstPage(context, filter))).filter(isIssue).map(toIssue),
    findByMarker: (marker, filter) => findIssueByMarker(context, marker, filter),
  };
}

function firstPage({ client, repo }: ApiContext, filter: IssueListFilter = {}) {
  return client.request("GET /repos/{owner}/{repo}/issues", {
    ...repo,
    state: filter.state ?? "all",
    sort: "created",
    direction: "asc",
    per_page: 100,
    ...(filter.labels && filter.labels.length > 0 ? { labels: filter.labels.join(",") } : {}),
    ...(filter.since ? { since: filter.since } : {}),
  });
}

function isIssue(data: IssueData): boolean {
  return data.pull_request === undefined || data.pull_request === null;
}

async function getIssue(context: ApiContext, number: number): Promise<Issue | undefined> {
  try {
    const { data } = await context.client.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { ...context.repo, issue_number: number });
    return toIssue(data);
  } catch (error) {
    if (await context.isMissingResource(error)) return undefined;
    throw error;
  }
}

async function createIssue({ client, repo }: ApiContext, input: IssueInput): Promise<Issue> {
  const { data } = await client.request("POST /repos/{owner}/{repo}/issues", {
    ...repo,
    title: input.title,
    body: input.body,
    ...(input.labels ? { labels: [...input.labels] } : {}),
    ...(input.assignees ? { assignees: [...input.assignees] } : {}),
  });
  return toIssue(data);
}

async function updateIssue({ client, repo }: ApiContext, number: number, changes: IssueUpdate): Promise<Issue> {
  const { data } = await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: number,
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.body !== undefined ? { body: changes.body } : {}),
    ...(changes.state !== undefined ? { state: changes.state } : {}),
    ...(changes.stateReason !== undefined ? { state_reason: changes.stateReason } : {}),
    ...(changes.labels !== undefined ? { labels: [...changes.labels] } : {}),
    ...(changes.assignees !== undefined ? { assignees: [...changes.assignees] } : {}),
  });
  return toIssue(data);
}

async function addLabels({ client, repo }: ApiContext, number: number, labels: readonly string[]): Promise<void> {
  if (labels.length === 0) return;
  await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repo, issue_number: number, labels: [...labels] });
}

async function removeLabel(context: ApiContext, number: number, label: string): Promise<boolean> {
  try {
    await context.client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", { ...context.repo, issue_number: number, name: label });
    return true;
  } catch (error) {
    if (await context.isMissingResource(error)) return false;
    throw error;
  }
}

async function changeAssignees({ client, repo }: ApiContext, method: "POST" | "DELETE", number: number, logins: readonly string[]): Promise<void> {
  if (logins.length === 0) return;
  await client.request(`${method} /repos/{owner}/{repo}/issues/{issue_number}/assignees`, { ...repo, issue_number: number, assignees: [...logins] });
}

async function findIssueByMarker(context: ApiContext, marker: string, filter?: IssueListFilter): Promise<Issue | undefined> {
  const matches = (data: IssueData): boolean => isIssue(data) && (data.body ?? "").includes(marker);
  const all = await listAllPages(context.client, firstPage(context, filter), matches);
  const found = all.find(matches);
  return found === undefined ? undefined : toIssue(found);
}
