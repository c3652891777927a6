import type { CheckAnnotation, CheckOutput, CheckRunInput, CheckRunResult, CheckRunUpdate, ChecksGateway } from "../gateway.js";
import type { ApiContext } from "./api-context.js";

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for a check run's `summary` and `text`. */
const OUTPUT_LIMIT = 65_535;
const TRUNCATION_NOTE = "\n\n… (cut to fit GitHub's 65,535-character limit)";

export function createChecksApi(context: ApiContext): ChecksGateway {
  return {
    create: (input) => createCheckRun(context, input),
    update: async (checkRunId, changes) => {
      const batches = batchesOf(changes.output?.annotations ?? []);
      if (batches.length <= 1) return patchCheckRun(context, checkRunId, changes, batches[0] ?? []);
      return sendBatches(context, checkRunId, changes, batches);
    },
  };
}

async function createCheckRun(context: ApiContext, input: CheckRunInput): Promise<CheckRunResult> {
  const [first = [], ...rest] = batchesOf(input.output.annotations ?? []);
  // With more batches to come, the run stays in progress until the last one, so it is never shown
  // as finished with only part of its annotations.
  const finishLater = rest.length > 0 && input.status === "completed";
  const { data } = await context.client.request("POST /repos/{owner}/{repo}/check-runs", {
    ...context.repo,
    name: input.name,
    head_sha: input.headSha,
    status: finishLater ? "in_progress" : input.status,
    ...(input.conclusion !== undefined && !finishLater ? { conclusion: input.conclusion } : {}),
    ...(input.detailsUrl !== undefined ? { details_url: input.detailsUrl } : {}),
    ...(input.externalId !== undefined ? { external_id: input.externalId } : {}),
    output: toOutput(input.output, first),
  });
  const created = { id: Number(data.id), htmlUrl: data.html_url ?? "" };
  if (rest.length === 0) return created;
  const finish: CheckRunUpdate = { output: input.output };
  if (finishLater) finish.status = input.status;
  if (finishLater && input.conclusion !== undefined) finish.conclusion = input.conclusion;
  await sendBatches(context, created.id, finish, rest);
  return created;
}

/** One PATCH per batch; status and conclusion ride on the last one. */
async function sendBatches(context: ApiContext, checkRunId: number, changes: CheckRunUpdate, batches: readonly (readonly CheckAnnotation[])[]): Promise<CheckRunResult> {
  let result: CheckRunResult = { id: checkRunId, htmlUrl: "" };
  const output = changes.output ?? { title: "", summary: "" };
  for (const [index, batch] of batches.entries()) {
    result = await patchCheckRun(context, checkRunId, index === batches.length - 1 ? changes : { output }, batch);
  }
  return result;
}

async function patchCheckRun({ client, repo }: ApiContext, checkRunId: number, changes: CheckRunUpdate, annotations: readonly CheckAnnotation[]): Promise<CheckRunResult> {
  const { data } = await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
    ...repo,
    check_run_id: checkRunId,
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(changes.conclusion !== undefined ? { conclusion: changes.conclusion } : {}),
    ...(changes.output !== undefined ? { output: toOutput(changes.output, annotations) } : {}),
  });
  return { id: Number(data.id), htmlUrl: data.html_url ?? "" };
}

function batchesOf(annotations: readonly CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  }
  return batches;
}

function toOutput(output: CheckOutput, annotations: readonly CheckAnnotation[]) {
  return {
    title: output.title,
    summary: fitLimit(output.summary),
    ...(output.text !== undefined ? { text: fitLimit(output.text) } : {}),
    ...(annotations.length > 0 ? { annotations: annotations.map(toAnnotation) } : {}),
  };
}

function toAnnotation(annotation: CheckAnnotation) {
  const oneLine = annotation.startLine === annotation.endLine;
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    ...(oneLine && annotation.startColumn !== undefined ? { start_column: annotation.startColumn } : {}),
    ...(oneLine && annotation.endColumn !== undefined ? { end_column: annotation.endColumn } : {}),
    annotation_level: annotation.level,
    message: annotation.message,
    ...(annotation.title !== undefined ? { title: annotation.title } : {}),
    ...(annotation.rawDetails !== undefined ? { raw_details: annotation.rawDetails } : {}),
  };
}

function fitLimit(text: string): string {
  return text.length <= OUTPUT_LIMIT ? text : text.slice(0, OUTPUT_LIMIT - TRUNCATION_NOTE.length) + TRUNCATION_NOTE;
}
