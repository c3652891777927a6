import type { LabelSpec } from "../../core/plan/operation.js";
import type { LabelsGateway } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { linkTo, listAllPages, pageNumberOf } from "./list-all-pages.js";

export function createLabelsApi(context: ApiContext): LabelsGateway {
  return {
    list: () => listLabels(context),
    create: (label) => createLabel(context, label),
    update: (currentName, label) => updateLabel(context, currentName, label),
    delete: (name) => deleteLabel(context, name),
    countIssues: (name) => countIssuesWithLabel(context, name),
  };
}

async function listLabels({ client, repo }: ApiContext): Promise<LabelSpec[]> {
  const labels = await listAllPages(client, client.request("GET /repos/{owner}/{repo}/labels", { ...repo, per_page: 100 }));
  return labels.map((label) => ({ name: label.name, color: label.color, description: label.description ?? "" }));
}

async function createLabel({ client, repo }: ApiContext, label: LabelSpec): Promise<void> {
  await client.request("POST /repos/{owner}/{repo}/labels", { ...repo, name: label.name, color: label.color, description: label.description });
}

async function updateLabel({ client, repo }: ApiContext, currentName: string, label: LabelSpec): Promise<void> {
  await client.request("PATCH /repos/{owner}/{repo}/labels/{name}", {
    ...repo,
    name: currentName,
    ...(label.name === currentName ? {} : { new_name: label.name }),
    color: label.color,
    description: label.description,
  });
}

async function deleteLabel(context: ApiContext, name: string): Promise<boolean> {
  try {
    await context.client.request("DELETE /repos/{owner}/{repo}/labels/{name}", { ...context.repo, name });
    return true;
  } catch (error) {
    if (await context.isMissingResource(error)) return false;
    throw error;
  }
}

// One item per page, so the `last` page number is the count: one request however many issues.
async function countIssuesWithLabel({ client, repo }: ApiContext, name: string): Promise<number> {
  const first = await client.request("GET /repos/{owner}/{repo}/issues", { ...repo, labels: name, state: "all", per_page: 1 });
  const last = linkTo(first.headers.link, "last");
  const lastPage = last === undefined ? undefined : pageNumberOf(last);
  if (lastPage !== undefined) return lastPage;
  if (linkTo(first.headers.link, "next") === undefined) return first.data.length;
  const all = await listAllPages(client, client.request("GET /repos/{owner}/{repo}/issues", { ...repo, labels: name, state: "all", per_page: 100 }));
  return all.length;
}
