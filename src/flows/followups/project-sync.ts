import type { ItemFacts, FieldWrite } from "../../core/followups/plan-item-values.js";
import { planItemValues } from "../../core/followups/plan-item-values.js";
import { planProjectFields, type ProjectFieldPlan } from "../../core/followups/plan-project-fields.js";
import type { FieldNames } from "../../core/followups/project-shapes.js";
import { GitHubError, NotFoundError, PermissionError, RateLimitError } from "../../github/errors.js";
import type { Project, ProjectField, ProjectsGateway } from "../../github/gateway.js";
import { parseProjectUrl } from "../../github/parse-project-url.js";

/** One tracking issue to put on the board; `issue` is undefined for one a dry run has not created. */
export interface ProjectItemRequest {
  issue?: { number: number; nodeId: string };
  /** How the plan names it, e.g. `#12` or `new issue for line 14`. */
  label: string;
  facts: ItemFacts;
}

export interface ProjectItemResult {
  label: string;
  /** `added` put it on the board; `updated` only changed fields; `unchanged` wrote nothing. */
  action: "added" | "updated" | "unchanged" | "failed";
  writes: FieldWrite[];
  error?: string;
}

export interface ProjectSyncResult {
  url: string;
  title?: string;
  /** Fields created and options added, in words. */
  fieldChanges: string[];
  items: ProjectItemResult[];
  notes: string[];
  /** Set when the project could not be used at all (a token without access, a wrong URL). */
  error?: string;
  /** The error was the user's to fix (token, URL), not GitHub failing. */
  setupProblem: boolean;
}

export interface ProjectSyncRequest {
  projects: ProjectsGateway;
  url: string;
  items: readonly ProjectItemRequest[];
  personaNames: readonly string[];
  fields: FieldNames;
  dryRun: boolean;
}

/**
 * Puts every tracking issue on the configured Projects (v2) board and fills in Status, Persona, Due,
 * Cycle and Owner. Missing fields are created and missing persona options added first; values are
 * then compared with what each item holds and only differences are written, so a re-run sends
 * queries only. A token that cannot reach the project ends the board part with the gateway's
 * message, which names the token to use; the tracking issues themselves are not affected.
 */
export async function syncProject(request: ProjectSyncRequest): Promise<ProjectSyncResult> {
  const result: ProjectSyncResult = { url: request.url, fieldChanges: [], items: [], notes: [], setupProblem: false };
  const ref = parseProjectUrl(request.url);
  if (ref === undefined) {
    return { ...result, error: `followups.project must be a Projects URL such as https://github.com/orgs/acme/projects/7 (got ${request.url}).`, setupProblem: true };
  }
  try {
    const project = await request.projects.get(ref);
    result.title = project.title;
    const fields = await prepareFields(request, project, result);
    for (const item of request.items) result.items.push(await syncItem(request, project.id, fields, item, result.notes));
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    result.error = error.message;
    result.setupProblem = error instanceof PermissionError || error instanceof NotFoundError;
  }
  result.notes = [...new Set(result.notes)];
  return result;
}

async function prepareFields(request: ProjectSyncRequest, project: Project, result: ProjectSyncResult): Promise<ProjectField[]> {
  const plan: ProjectFieldPlan = planProjectFields(project.fields, request.personaNames, request.fields);
  result.notes.push(...plan.notes);
  const fields = [...project.fields];
  for (const field of plan.create) {
    result.fieldChanges.push(`${request.dryRun ? "would create" : "created"} the ${field.dataType.toLowerCase().replace("_", "-")} field "${field.name}" (${field.reason})`);
    const made: ProjectField = request.dryRun
      ? { id: `new:${field.name}`, name: field.name, dataType: field.dataType, options: (field.options ?? []).map((name) => ({ id: `new:${name}`, name })), iterations: [] }
      : await request.projects.createField(project.id, { name: field.name, dataType: field.dataType, ...(field.options === undefined ? {} : { options: field.options.map((name) => ({ name })) }) });
    fields.push(made);
  }
  if (plan.replace !== undefined) {
    const { fieldId, fieldName, options, added } = plan.replace;
    result.fieldChanges.push(
      `${request.dryRun ? "would add" : "added"} the ${fieldName} option${added.length === 1 ? "" : "s"} ${added.map((name) => `"${name}"`).join(", ")}. GitHub can only replace a single-select field's whole option list, so every option gets a new id: items that are not tracking issues lose their ${fieldName} value and need it set again`,
    );
    const index = fields.findIndex((field) => field.id === fieldId);
    const replaced: ProjectField = request.dryRun
      ? { ...fields[index]!, options: options.map((name) => ({ id: `new:${name}`, name })) }
      : await request.projects.replaceOptions(fieldId, options.map((name) => ({ name })));
    fields[index] = replaced;
  }
  return fields;
}

async function syncItem(request: ProjectSyncRequest, projectId: string, fields: readonly ProjectField[], item: ProjectItemRequest, notes: string[]): Promise<ProjectItemResult> {
  const current = item.issue === undefined ? undefined : await request.projects.findItem(projectId, item.issue.nodeId);
  const values = planItemValues(fields, current?.values, item.facts, request.fields);
  notes.push(...values.notes);
  const action = current === undefined ? "added" : values.writes.length > 0 ? "updated" : "unchanged";
  if (request.dryRun || item.issue === undefined) return { label: item.label, action, writes: values.writes };
  try {
    const itemId = current?.id ?? (await request.projects.addItem(projectId, item.issue.nodeId));
    for (const write of values.writes) await request.projects.setFieldValue({ projectId, id: itemId }, write.fieldId, write.value);
    return { label: item.label, action, writes: values.writes };
  } catch (error) {
    if (error instanceof PermissionError || error instanceof RateLimitError || !(error instanceof GitHubError)) throw error;
    return { label: item.label, action: "failed", writes: values.writes, error: error.message };
  }
}
