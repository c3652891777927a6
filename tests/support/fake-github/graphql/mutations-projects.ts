import { allocateId, nodeIdFor, timestamp } from "../state/ids.js";
import type { ProjectFieldRecord, ProjectFieldValue, ProjectItemRecord, ProjectRecord } from "../state/project-records.js";
import { createProjectField, optionId } from "../state/seed-projects.js";
import type { GqlContext } from "./context.js";
import { FakeGraphqlError, unknownNode } from "./graphql-error.js";
import { fieldObject, itemObject } from "./model-projects.js";
import { findIssueByNodeId, requireItem, requireProject } from "./model-nodes.js";

type Input = Record<string, unknown>;
type Args = { input: Input };

function str(input: Input, key: string): string {
  return String(input[key] ?? "");
}

function requireField(project: ProjectRecord, id: string): ProjectFieldRecord {
  const field = project.fields.find((f) => f.id === id);
  if (!field) throw unknownNode(id);
  return field;
}

function payload(input: Input, fields: Record<string, unknown>): Record<string, unknown> {
  return { clientMutationId: input["clientMutationId"] ?? null, ...fields };
}

function addItem(ctx: GqlContext, { input }: Args): Record<string, unknown> {
  const project = requireProject(ctx, str(input, "projectId"));
  const contentId = str(input, "contentId");
  if (!findIssueByNodeId(ctx, contentId)) throw unknownNode(contentId);
  // Adding content that is already on the board returns the existing item, as GitHub does.
  let item = project.items.find((i) => i.contentId === contentId);
  if (!item) {
    const id = allocateId(ctx.state);
    const now = timestamp(ctx.state);
    item = { id: nodeIdFor("PVTI", id), databaseId: id, contentId, archived: false, values: new Map(), createdAt: now, updatedAt: now };
    project.items.push(item);
  }
  return payload(input, { item: itemObject(ctx, project, item) });
}

/** Converts `value` to what the field's type accepts, with GitHub-style complaints otherwise. */
function fieldValue(field: ProjectFieldRecord, value: Input): ProjectFieldValue {
  const type = field.dataType.toLowerCase();
  const wrong = (what: string): FakeGraphqlError =>
    new FakeGraphqlError(undefined, `Did not receive ${what} to update a field of type ${type}`);
  switch (field.dataType) {
    case "TEXT":
      if (typeof value["text"] !== "string") throw wrong("a text value");
      return { kind: "text", text: value["text"] };
    case "NUMBER":
      if (typeof value["number"] !== "number") throw wrong("a number value");
      return { kind: "number", number: value["number"] };
    case "DATE":
      if (typeof value["date"] !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value["date"])) throw wrong("a date value");
      return { kind: "date", date: value["date"].slice(0, 10) };
    case "SINGLE_SELECT": {
      const id = value["singleSelectOptionId"];
      if (typeof id !== "string") throw wrong("a single select option Id");
      if (!field.options.some((o) => o.id === id))
        throw new FakeGraphqlError(undefined, "The single select option Id does not belong to the field");
      return { kind: "singleSelect", optionId: id };
    }
    case "ITERATION": {
      const id = value["iterationId"];
      if (typeof id !== "string" || !field.iterations.some((i) => i.id === id)) throw wrong("a valid iteration Id");
      return { kind: "iteration", iterationId: id };
    }
    default:
      throw new FakeGraphqlError(
        undefined,
        `Field of type ${type} cannot be updated with updateProjectV2ItemFieldValue: only text, number, date, single select and iteration fields can`,
      );
  }
}

function withItem(
  ctx: GqlContext,
  input: Input,
  change: (project: ProjectRecord, item: ProjectItemRecord) => void,
): Record<string, unknown> {
  const project = requireProject(ctx, str(input, "projectId"));
  const item = requireItem(project, str(input, "itemId"));
  change(project, item);
  item.updatedAt = timestamp(ctx.state);
  return payload(input, { projectV2Item: itemObject(ctx, project, item) });
}

function optionsFrom(ctx: GqlContext, raw: unknown): ProjectFieldRecord["options"] {
  const list = Array.isArray(raw) ? (raw as Input[]) : [];
  return list.map((o) => ({
    id: optionId(ctx.state),
    name: str(o, "name"),
    color: str(o, "color") || "GRAY",
    description: str(o, "description"),
  }));
}

function createField(ctx: GqlContext, { input }: Args): Record<string, unknown> {
  const project = requireProject(ctx, str(input, "projectId"));
  const name = str(input, "name");
  if (project.fields.some((f) => f.name.toLowerCase() === name.toLowerCase()))
    throw new FakeGraphqlError(undefined, "Name has already been taken");
  const dataType = str(input, "dataType") as ProjectFieldRecord["dataType"];
  const options = optionsFrom(ctx, input["singleSelectOptions"]);
  if (dataType === "SINGLE_SELECT" && options.length === 0)
    throw new FakeGraphqlError(undefined, "Single select options must have at least one option");
  const field = { ...createProjectField(ctx.state, { name, dataType }), options };
  project.fields.push(field);
  return payload(input, { projectV2Field: fieldObject(ctx, project, field) });
}

/** Options given to updateProjectV2Field replace the old ones (new ids), so values that used them are cleared. */
function updateField(ctx: GqlContext, { input }: Args): Record<string, unknown> {
  const fieldId = str(input, "fieldId");
  const project = ctx.state.projects.find((p) => p.fields.some((f) => f.id === fieldId));
  if (!project) throw unknownNode(fieldId);
  requireProject(ctx, project.id);
  const field = requireField(project, fieldId);
  if (typeof input["name"] === "string") field.name = input["name"];
  const options = optionsFrom(ctx, input["singleSelectOptions"]);
  if (options.length > 0) {
    if (field.dataType !== "SINGLE_SELECT")
      throw new FakeGraphqlError(undefined, "singleSelectOptions can only be set on a single select field");
    field.options = options;
    for (const item of project.items) item.values.delete(field.id);
  }
  return payload(input, { projectV2Field: fieldObject(ctx, project, field) });
}

/** Projects (v2) mutations by root field name. */
export function projectMutations(ctx: GqlContext): Record<string, (args: Args) => unknown> {
  return {
    addProjectV2ItemById: (args) => addItem(ctx, args),
    updateProjectV2ItemFieldValue: ({ input }) =>
      withItem(ctx, input, (project, item) => {
        const field = requireField(project, str(input, "fieldId"));
        item.values.set(field.id, fieldValue(field, (input["value"] ?? {}) as Input));
      }),
    clearProjectV2ItemFieldValue: ({ input }) =>
      withItem(ctx, input, (project, item) => item.values.delete(requireField(project, str(input, "fieldId")).id)),
    archiveProjectV2Item: ({ input }) => {
      const result = withItem(ctx, input, (_p, item) => (item.archived = true));
      return payload(input, { item: result["projectV2Item"] });
    },
    deleteProjectV2Item: ({ input }) => {
      const project = requireProject(ctx, str(input, "projectId"));
      const item = requireItem(project, str(input, "itemId"));
      project.items = project.items.filter((i) => i !== item);
      return payload(input, { deletedItemId: item.id });
    },
    createProjectV2Field: (args) => createField(ctx, args),
    updateProjectV2Field: (args) => updateField(ctx, args),
  };
}
