import type { CheckAnnotation, CheckOutput, CheckRunUpdate, ChecksGateway } from "../gateway.js";
import type { ApiContext } from "./api-context.js";

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for a check run's `summary` and `text`. */
const OUTPUT_LIMIT = 65_535;
const TRUNCATION_NOTE = "\n\n… (cut to fit GitHub's 65,535-character limit)";

export function createChecksApi(context: ApiContext): ChecksGateway {
  const { client, repo } = context;

  async function patch(checkRunId: number, changes: CheckRunUpdate, annotations: readonly CheckAnnotation[]) {
    const { data } = await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...repo,
      check_run_id: checkRunId,
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.conclusion !== undefined ? { conclusion: changes.conclusion } : {}),
      ...(changes.output !== undefined ? { output: toOutput(changes.output, annotations) } : {}),
    });
    return { id: Number(data.id), htmlUrl: data.html_url ?? "" };
  }

  // Sends the batches after the first; status and conclusion ride on the last request, so the run is
  // not shown as finished while annotations are still arriving.
  async function sendRemaining(checkRunId: number, changes: CheckRunUpdate, batches: readonly (readonly CheckAnnotation[])[]) {
    let result = { id: checkRunId, htmlUrl: "" };
    for (const [index, batch] of batches.entries()) {
      const last = index === batches.length - 1;
      const output = changes.output ?? { title: "", summary: "" };
      result = await patch(checkRunId, last ? changes : { output }, batch);
    }
    return result;
  }

  return {
    async create(input) {
      const [first = [], ...rest] = batchesOf(input.output.annotations ?? []);
      const finishLater = rest.length > 0 && input.status === "completed";
      const { data } = await client.request("POST /repos/{owner}/{repo}/check-runs", {
        ...repo,
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
      const finish: CheckRunUpdate = { output: input.output, ...(finishLater ? { status: input.status } : {}) };
      if (finishLater && input.conclusion !== undefined) finish.conclusion = input.conclusion;
      await sendRemaining(created.id, finish, rest);
      return created;
    },
    async update(checkRunId, changes) {
      const batches = batchesOf(changes.output?.annotations ?? []);
      if (batches.length <= 1) return patch(checkRunId, changes, batches[0] ?? []);
      return sendRemaining(checkRunId, changes, batches);
    },
  };
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
