import type { ProjectsGateway } from "../gateway.js";
import type { Project, ProjectField, ProjectFieldValue, ProjectItem, ProjectOptionInput, ProjectRef } from "../gateway-projects.js";
import type { ApiContext } from "./api-context.js";
import { runGraphql } from "./graphql-api.js";
import { ADD_ITEM, CLEAR_FIELD_VALUE, CREATE_FIELD, ITEMS_OF_CONTENT, projectQuery, REPLACE_OPTIONS, SET_FIELD_VALUE } from "./projects-queries.js";

interface Connection<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (T | null)[];
}

interface RawField {
  id?: string;
  name?: string;
  dataType?: string;
  options?: { id: string; name: string }[];
  configuration?: { iterations: { id: string; title: string; startDate: string; duration: number }[] };
}

interface RawValue {
  text?: string | null;
  number?: number | null;
  date?: string | null;
  optionId?: string | null;
  iterationId?: string | null;
  field?: { id?: string } | null;
}

interface RawItem {
  id: string;
  project: { id: string };
  fieldValues: Connection<RawValue>;
}

type ProjectPage = { owner: { projectV2: { id: string; title: string; url: string; fields: Connection<RawField> } } };
type ItemsPage = { node: { projectItems?: Connection<RawItem> } | null };

type RunGraphql = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

export function createProjectsApi(context: ApiContext): ProjectsGateway {
  const run: RunGraphql = (query, variables) => runGraphql(context, query, variables, { resource: "projects" });
  const fieldOf = async (query: string, variables: Record<string, unknown>, key: string): Promise<ProjectField> => {
    const data = await run<Record<string, { projectV2Field: RawField }>>(query, variables);
    return toField(data[key]?.projectV2Field ?? {});
  };
  return {
    get: (ref) => fetchProject(run, ref),
    findItem: (projectId, contentId) => findProjectItem(run, projectId, contentId),
    async addItem(projectId, contentId) {
      const data = await run<{ addProjectV2ItemById: { item: { id: string } } }>(ADD_ITEM, { project: projectId, content: contentId });
      return data.addProjectV2ItemById.item.id;
    },
    async setFieldValue(item, fieldId, value) {
      await run(SET_FIELD_VALUE, { project: item.projectId, item: item.id, field: fieldId, value });
    },
    async clearFieldValue(item, fieldId) {
      await run(CLEAR_FIELD_VALUE, { project: item.projectId, item: item.id, field: fieldId });
    },
    createField: (projectId, field) =>
      fieldOf(CREATE_FIELD, { project: projectId, name: field.name, dataType: field.dataType, options: field.options ? toOptions(field.options) : null }, "createProjectV2Field"),
    replaceOptions: (fieldId, options) => fieldOf(REPLACE_OPTIONS, { field: fieldId, options: toOptions(options) }, "updateProjectV2Field"),
  };
}

async function fetchProject(run: RunGraphql, ref: ProjectRef): Promise<Project> {
  const fields: ProjectField[] = [];
  let cursor: string | null = null;
  let project: Omit<Project, "fields"> | undefined;
  do {
    const data: ProjectPage = await run<ProjectPage>(projectQuery(ref.ownerKind), { owner: ref.owner, number: ref.number, cursor });
    const found = data.owner.projectV2;
    project ??= { id: found.id, title: found.title, url: found.url };
    fields.push(...found.fields.nodes.flatMap((node) => (node?.id ? [toField(node)] : [])));
    cursor = found.fields.pageInfo.hasNextPage ? found.fields.pageInfo.endCursor : null;
  } while (cursor !== null);
  return { ...project, fields };
}

async function findProjectItem(run: RunGraphql, projectId: string, contentId: string): Promise<ProjectItem | undefined> {
  let cursor: string | null = null;
  do {
    const data: ItemsPage = await run<ItemsPage>(ITEMS_OF_CONTENT, { content: contentId, cursor });
    const items = data.node?.projectItems;
    const found = items?.nodes.find((item) => item?.project.id === projectId);
    if (found) return toItem(found);
    cursor = items?.pageInfo.hasNextPage ? items.pageInfo.endCursor : null;
  } while (cursor !== null);
  return undefined;
}

function toField(raw: RawField): ProjectField {
  return {
    id: raw.id ?? "",
    name: raw.name ?? "",
    dataType: raw.dataType ?? "",
    options: (raw.options ?? []).map((option) => ({ id: option.id, name: option.name })),
    iterations: (raw.configuration?.iterations ?? []).map((it) => ({ id: it.id, title: it.title, startDate: it.startDate, duration: it.duration })),
  };
}

function toItem(raw: RawItem): ProjectItem {
  const values: Record<string, ProjectFieldValue> = {};
  for (const value of raw.fieldValues.nodes) {
    const fieldId = value?.field?.id;
    const converted = value ? toValue(value) : undefined;
    if (fieldId && converted) values[fieldId] = converted;
  }
  return { id: raw.id, projectId: raw.project.id, values };
}

function toValue(raw: RawValue): ProjectFieldValue | undefined {
  if (typeof raw.text === "string") return { text: raw.text };
  if (typeof raw.number === "number") return { number: raw.number };
  if (typeof raw.date === "string") return { date: raw.date.slice(0, 10) };
  if (typeof raw.optionId === "string") return { singleSelectOptionId: raw.optionId };
  if (typeof raw.iterationId === "string") return { iterationId: raw.iterationId };
  return undefined;
}

function toOptions(options: readonly ProjectOptionInput[]) {
  return options.map((option) => ({ name: option.name, color: option.color ?? "GRAY", description: option.description ?? "" }));
}
