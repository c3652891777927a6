import type { ProjectFieldRecord, ProjectFieldValue, ProjectItemRecord, ProjectRecord } from "../state/project-records.js";
import { connection, type ConnectionArgs } from "./connection.js";
import type { GqlContext, GqlObject } from "./context.js";
import { FakeGraphqlError, forbidden } from "./graphql-error.js";
import { contentObject } from "./model-nodes.js";

const STAMP = "2024-01-01T00:00:00Z";

/** `projectV2(number:)` on an owner: NOT_FOUND or FORBIDDEN when the token cannot see it. */
export function resolveProject(ctx: GqlContext, ownerLogin: string, number: number): GqlObject {
  const project = ctx.state.projects.find((p) => p.ownerLogin.toLowerCase() === ownerLogin.toLowerCase() && p.number === number);
  if (!project || project.access === "not_found")
    throw new FakeGraphqlError("NOT_FOUND", `Could not resolve to a ProjectV2 with the number ${number}.`);
  if (project.access === "forbidden") throw forbidden();
  return projectObject(ctx, project);
}

/** A ProjectV2 with its fields and items. */
export function projectObject(ctx: GqlContext, project: ProjectRecord): GqlObject {
  const path = `/${project.ownerKind === "organization" ? "orgs" : "users"}/${project.ownerLogin}/projects/${project.number}`;
  return {
    __typename: "ProjectV2",
    id: project.id,
    databaseId: project.databaseId,
    number: project.number,
    title: project.title,
    closed: project.closed,
    closedAt: null,
    public: false,
    template: false,
    readme: null,
    shortDescription: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    resourcePath: path,
    url: `${ctx.urls.html}${path}`,
    viewerCanUpdate: true,
    viewerCanClose: true,
    viewerCanReopen: true,
    fields: (args: ConnectionArgs) =>
      connection(
        "fields",
        project.fields.map((f) => fieldObject(ctx, project, f)),
        args,
      ),
    field: (args: { name: string }) => {
      const field = project.fields.find((f) => f.name === args.name);
      return field ? fieldObject(ctx, project, field) : null;
    },
    items: (args: ConnectionArgs) =>
      connection(
        "items",
        project.items.map((i) => itemObject(ctx, project, i)),
        args,
      ),
  };
}

/** A field as the ProjectV2FieldConfiguration union: single-select, iteration or plain field. */
export function fieldObject(ctx: GqlContext, project: ProjectRecord, field: ProjectFieldRecord): GqlObject {
  const common = {
    id: field.id,
    databaseId: field.databaseId,
    name: field.name,
    dataType: field.dataType,
    createdAt: STAMP,
    updatedAt: STAMP,
    project: () => projectObject(ctx, project),
  };
  if (field.dataType === "SINGLE_SELECT") {
    const options = (args: { names?: string[] | null }) =>
      field.options
        .filter((o) => !args.names || args.names.includes(o.name))
        .map((o) => ({
          id: o.id,
          name: o.name,
          nameHTML: o.name,
          color: o.color,
          description: o.description,
          descriptionHTML: o.description,
        }));
    return { __typename: "ProjectV2SingleSelectField", ...common, options };
  }
  if (field.dataType === "ITERATION") {
    const iterations = field.iterations.map((it) => ({ ...it, titleHTML: it.title }));
    return {
      __typename: "ProjectV2IterationField",
      ...common,
      configuration: { iterations, completedIterations: [], duration: iterations[0]?.duration ?? 14, startDay: 1 },
    };
  }
  return { __typename: "ProjectV2Field", ...common };
}

/** A project item; its field values include the Title of the issue it holds. */
export function itemObject(ctx: GqlContext, project: ProjectRecord, item: ProjectItemRecord): GqlObject {
  const content = (): GqlObject | null => contentObject(ctx, item.contentId);
  const values = (): GqlObject[] =>
    project.fields.flatMap((f) => {
      const value = valueOf(ctx, project, item, f);
      return value ? [value] : [];
    });
  return {
    __typename: "ProjectV2Item",
    id: item.id,
    databaseId: item.databaseId,
    fullDatabaseId: String(item.databaseId),
    type: content()?.__typename === "PullRequest" ? "PULL_REQUEST" : "ISSUE",
    isArchived: item.archived,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    creator: null,
    project: () => projectObject(ctx, project),
    content,
    fieldValues: (args: ConnectionArgs) => connection("fieldValues", values(), args),
    fieldValueByName: (args: { name: string }) => {
      const field = project.fields.find((f) => f.name === args.name);
      return field ? valueOf(ctx, project, item, field) : null;
    },
  };
}

function valueOf(ctx: GqlContext, project: ProjectRecord, item: ProjectItemRecord, field: ProjectFieldRecord): GqlObject | null {
  const base = {
    id: `PVTFV_${item.id}_${field.id}`,
    databaseId: item.databaseId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    creator: null,
    field: () => fieldObject(ctx, project, field),
    item: () => itemObject(ctx, project, item),
  };
  if (field.dataType === "TITLE") {
    const title = contentObject(ctx, item.contentId)?.["title"];
    return { __typename: "ProjectV2ItemFieldTextValue", ...base, text: typeof title === "string" ? title : null };
  }
  const value: ProjectFieldValue | undefined = item.values.get(field.id);
  if (!value) return null;
  switch (value.kind) {
    case "text":
      return { __typename: "ProjectV2ItemFieldTextValue", ...base, text: value.text };
    case "number":
      return { __typename: "ProjectV2ItemFieldNumberValue", ...base, number: value.number };
    case "date":
      return { __typename: "ProjectV2ItemFieldDateValue", ...base, date: value.date };
    case "singleSelect": {
      const option = field.options.find((o) => o.id === value.optionId);
      return {
        __typename: "ProjectV2ItemFieldSingleSelectValue",
        ...base,
        optionId: value.optionId,
        name: option?.name ?? null,
        nameHTML: option?.name ?? null,
        color: option?.color ?? "GRAY",
        description: option?.description ?? null,
        descriptionHTML: option?.description ?? null,
      };
    }
    case "iteration": {
      const it = field.iterations.find((i) => i.id === value.iterationId);
      return {
        __typename: "ProjectV2ItemFieldIterationValue",
        ...base,
        iterationId: value.iterationId,
        title: it?.title ?? "",
        titleHTML: it?.title ?? "",
        startDate: it?.startDate ?? "",
        duration: it?.duration ?? 0,
      };
    }
  }
}
