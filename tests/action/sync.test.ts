import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../action/main.js";
import { PLAN_COMMENT_MARKER } from "../../src/flows/sync/plan-comment.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { copyExamples, EXAMPLE_LABEL_COUNT, FULL_NAME, NAME, OWNER, seedExampleRepo } from "../flows/sync/support/sync-fixture.js";
import { fakeCore } from "./support/fake-core.js";

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void };
let pullNumber: number;

beforeEach(() => {
  checkout = copyExamples();
  seedExampleRepo(gh);
  pullNumber = gh.addPullRequest(OWNER, NAME, { head: "update-sre", title: "Update the SRE persona", files: { "personas/sre-on-call-engineer.md": "changed" } }).pull.number;
  gh.resetLog();
});
afterEach(() => checkout.remove());

/** Runs the Action in-process for one event, the way the runner would set it up. */
async function runSync(event: { name: string; ref: string; payload: object }, inputs: Record<string, string> = {}) {
  const eventPath = join(checkout.dir, "..", `${NAME}-event-${event.name}.json`);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const { core, calls } = fakeCore({ command: "sync", "github-token": "test-token", ...inputs });
  const env = {
    GITHUB_WORKSPACE: checkout.dir,
    GITHUB_REPOSITORY: FULL_NAME,
    GITHUB_API_URL: gh.url,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: event.ref,
    PERSONA_GOV_TIME_SCALE: "0.001",
  };
  await run({ core, env, cwd: checkout.dir });
  return calls;
}

const pullRequestEvent = () => ({ name: "pull_request", ref: `refs/pull/${pullNumber}/merge`, payload: { action: "synchronize", number: pullNumber, pull_request: { number: pullNumber } } });
const pushEvent = (branch = "main") => ({ name: "push", ref: `refs/heads/${branch}`, payload: { ref: `refs/heads/${branch}`, repository: { default_branch: "main" } } });
const planComments = () => gh.comments(OWNER, NAME, pullNumber).filter((c) => c.body.includes(PLAN_COMMENT_MARKER));

describe("command: sync on a pull request", () => {
  it("posts the plan in the job summary and as one comment, and changes nothing else", async () => {
    const calls = await runSync(pullRequestEvent());
    expect(calls.failed).toEqual([]);
    expect(calls.summary).toContain("### persona-governance sync plan");
    expect(calls.summary).toContain("persona: SRE/On-call Engineer");
    expect(planComments()).toHaveLength(1);
    expect(planComments()[0]!.body).toContain("When this pull request is merged, the sync on `main` will make these changes.");
    expect(gh.writes().map((w) => w.operationId)).toEqual(["issues/create-comment"]);
    expect(calls.outputs.changed).toBe("false");
    const plan = JSON.parse(calls.outputs.plan!) as { kind: string }[];
    expect(plan.filter((o) => o.kind === "label")).toHaveLength(EXAMPLE_LABEL_COUNT);
  });

  it("edits its comment in place on the next push, and leaves it alone when nothing changed", async () => {
    await runSync(pullRequestEvent());
    const first = planComments()[0]!;
    gh.resetLog();
    await runSync(pullRequestEvent());
    expect(gh.writes()).toEqual([]);
    writeFileSync(
      join(checkout.dir, "personas/product-manager.md"),
      "---\nname: Product Manager\nchampions: ['@fernhollow/pm-guild']\n---\n\n## Role Summary\n\nPMs.\n\n## Responsibilities\n\n- Roadmaps.\n\n## Goals\n\n- Focus.\n",
    );
    await runSync(pullRequestEvent());
    expect(planComments()).toHaveLength(1);
    expect(planComments()[0]!.id).toBe(first.id);
    expect(planComments()[0]!.body).toContain("persona: Product Manager");
    expect(gh.writes().map((w) => w.operationId)).toEqual(["issues/update-comment"]);
  });

  it("writes nothing at all with dry-run", async () => {
    const calls = await runSync(pullRequestEvent(), { "dry-run": "true" });
    expect(calls.failed).toEqual([]);
    expect(calls.summary).toContain("### persona-governance sync plan");
    expect(calls.summary).toContain("`dry-run` is on: the plan was not posted on the pull request.");
    expect(gh.writes()).toEqual([]);
  });

  it("keeps the plan in the summary and warns when the token may not comment", async () => {
    gh.failNext({ operationId: "issues/create-comment", status: 403 });
    const calls = await runSync(pullRequestEvent());
    expect(calls.failed).toEqual([]);
    expect(calls.annotations).toEqual([expect.objectContaining({ level: "warning", message: expect.stringContaining("could not be posted on the pull request") })]);
    expect(calls.summary).toContain("### persona-governance sync plan");
  });

  it("fails with the validation findings when the docs are broken", async () => {
    writeFileSync(join(checkout.dir, "personas/sre-on-call-engineer.md"), "---\nname: SRE/On-call Engineer\n---\n\nNo sections.\n");
    const calls = await runSync(pullRequestEvent());
    expect(calls.failed).toEqual([expect.stringContaining("fix these first")]);
    expect(calls.annotations.some((a) => a.level === "error" && a.properties.file === "personas/sre-on-call-engineer.md")).toBe(true);
    expect(gh.writes()).toEqual([]);
  });
});

describe("command: sync on the default branch", () => {
  it("only plans with dry-run", async () => {
    const calls = await runSync(pushEvent(), { "dry-run": "true" });
    expect(calls.failed).toEqual([]);
    expect(calls.summary).toContain("Nothing was written: `dry-run` is on.");
    expect(calls.outputs.changed).toBe("false");
    expect(gh.writes()).toEqual([]);
  });

  it("applies the plan, then finds nothing to write on the next run", async () => {
    const calls = await runSync(pushEvent());
    expect(calls.failed).toEqual([]);
    expect(calls.outputs.changed).toBe("true");
    expect(gh.labelNames(OWNER, NAME)).toHaveLength(2 + EXAMPLE_LABEL_COUNT);
    expect(gh.pulls(OWNER, NAME).filter((p) => p.pull.head === "persona-governance/sync")).toHaveLength(1);
    expect(calls.summary).toContain("#### What was done");
    gh.resetLog();
    const again = await runSync(pushEvent());
    expect(again.outputs.changed).toBe("false");
    expect(gh.writes()).toEqual([]);
  });

  it("only plans on another branch", async () => {
    const calls = await runSync(pushEvent("feature"));
    expect(calls.failed).toEqual([]);
    expect(calls.summary).toContain("Nothing was written: this run is for refs/heads/feature, not `main`.");
    expect(gh.writes()).toEqual([]);
  });

  it("names the permission a refused label write needs", async () => {
    gh.failNext({ operationId: "issues/create-label", status: 403 });
    const calls = await runSync(pushEvent());
    expect(calls.failed).toEqual([expect.stringContaining('the token lacks the "issues: write" permission')]);
  });
});
