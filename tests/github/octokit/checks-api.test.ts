import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CheckAnnotation } from "../../../src/github/gateway.js";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;
let headSha: string;

beforeEach(async () => {
  h = await startHarness();
  headSha = (await h.gateway.git.getBranch("main"))!.sha;
  h.gh.resetLog();
});

afterEach(async () => {
  await h.gh.close();
});

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({ path: `personas/p${i}.md`, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: 4, level: "warning" as const, message: `finding ${i}` }));
}

function checkRequests() {
  return h.gh.requests.filter((r) => r.operationId === "checks/create" || r.operationId === "checks/update");
}

function sentAnnotations(body: unknown): number {
  const output = (body as { output?: { annotations?: unknown[] } }).output;
  return output?.annotations?.length ?? 0;
}

describe("check runs", () => {
  it("sends 120 annotations in three requests of at most 50, finishing with the last", async () => {
    const result = await h.gateway.checks.create({
      name: "Persona docs",
      headSha,
      status: "completed",
      conclusion: "failure",
      output: { title: "3 errors", summary: "| a | b |", annotations: annotations(120) },
    });

    const sent = checkRequests();
    expect(sent.map((r) => [r.method, sentAnnotations(r.body)])).toEqual([["POST", 50], ["PATCH", 50], ["PATCH", 20]]);
    expect(sent[0]!.body).toMatchObject({ status: "in_progress" });
    expect(sent[0]!.body).not.toHaveProperty("conclusion");
    expect(sent[1]!.body).not.toHaveProperty("conclusion");
    expect(sent[2]!.body).toMatchObject({ status: "completed", conclusion: "failure" });
    const run = h.gh.repo(REPO.owner, REPO.repo).checkRuns.find((r) => r.id === result.id)!;
    expect(run.annotations).toHaveLength(120);
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  it("sends a small run in one request", async () => {
    await h.gateway.checks.create({ name: "Persona docs", headSha, status: "completed", conclusion: "success", output: { title: "ok", summary: "fine", annotations: annotations(3) } });
    const sent = checkRequests();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ status: "completed", conclusion: "success" });
    const sentList = (sent[0]!.body as { output: { annotations: unknown[] } }).output.annotations;
    expect(sentList).toHaveLength(3);
    expect(sentList[0]).toEqual({ path: "personas/p0.md", start_line: 1, end_line: 1, start_column: 1, end_column: 4, annotation_level: "warning", message: "finding 0" });
  });

  it("leaves columns out of multi-line annotations, which GitHub would reject", async () => {
    const multiLine: CheckAnnotation = { path: "a.md", startLine: 2, endLine: 5, startColumn: 3, endColumn: 9, level: "failure", message: "m", title: "t", rawDetails: "d" };
    await h.gateway.checks.create({ name: "c", headSha, status: "in_progress", output: { title: "t", summary: "s", annotations: [multiLine] } });
    const sent = checkRequests()[0]!.body as { output: { annotations: Record<string, unknown>[] } };
    expect(sent.output.annotations[0]).toEqual({ path: "a.md", start_line: 2, end_line: 5, annotation_level: "failure", message: "m", title: "t", raw_details: "d" });
  });

  it("updates a run in batches too, and cuts an over-long summary with a note", async () => {
    const run = await h.gateway.checks.create({ name: "c", headSha, status: "in_progress", output: { title: "t", summary: "s" } });
    await h.gateway.checks.update(run.id, { status: "completed", conclusion: "neutral", output: { title: "t", summary: "x".repeat(70_000), annotations: annotations(60) } });
    const patches = checkRequests().filter((r) => r.method === "PATCH");
    expect(patches.map((r) => sentAnnotations(r.body))).toEqual([50, 10]);
    const summary = (patches[1]!.body as { output: { summary: string } }).output.summary;
    expect(summary).toHaveLength(65_535);
    expect(summary.endsWith("… (cut to fit GitHub's 65,535-character limit)")).toBe(true);
    expect(h.gh.repo(REPO.owner, REPO.repo).checkRuns[0]).toMatchObject({ conclusion: "neutral" });
  });
});
