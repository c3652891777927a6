import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PLAN_COMMENT_MARKER } from "../../src/flows/sync/plan-comment.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { copyExamples, FULL_NAME, NAME, OWNER, REPO_ROOT, seedExampleRepo } from "../flows/sync/support/sync-fixture.js";
import { runNode } from "../flows/sync/support/run-process.js";
import { parseOutputFile } from "./support/workflow-commands.js";

const BUNDLE = join(REPO_ROOT, "dist", "index.js");
const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void };
let temp: string;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\``);
});
beforeEach(() => {
  checkout = copyExamples();
  temp = mkdtempSync(join(tmpdir(), "pg-sync-action-"));
});
afterEach(() => {
  checkout.remove();
  rmSync(temp, { recursive: true, force: true });
});

/** `node dist/index.js` for a pull_request event, with real summary and output files, against the fake. */
async function runBundledSync(pullNumber: number) {
  const files = { summary: join(temp, "summary.md"), output: join(temp, "output.txt"), event: join(temp, "event.json") };
  writeFileSync(files.summary, "");
  writeFileSync(files.output, "");
  writeFileSync(files.event, JSON.stringify({ action: "synchronize", number: pullNumber, pull_request: { number: pullNumber }, repository: { full_name: FULL_NAME, default_branch: "main" } }));
  const result = await runNode([BUNDLE], {
    cwd: checkout.dir,
    env: {
      HOME: temp,
      INPUT_COMMAND: "sync",
      "INPUT_GITHUB-TOKEN": "test-token",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: checkout.dir,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: FULL_NAME,
      GITHUB_REF: `refs/pull/${pullNumber}/merge`,
      GITHUB_API_URL: gh.url,
      PERSONA_GOV_TIME_SCALE: "0.001",
      RUNNER_TEMP: temp,
    },
  });
  return { ...result, summary: readFileSync(files.summary, "utf8"), outputs: parseOutputFile(readFileSync(files.output, "utf8")) };
}

describe("node dist/index.js with command: sync on a pull request", () => {
  it("posts one plan comment and edits that same comment on the next run", async () => {
    seedExampleRepo(gh);
    const pull = gh.addPullRequest(OWNER, NAME, { head: "update-sre", title: "Update SRE", files: { "personas/sre-on-call-engineer.md": "changed" } }).pull.number;
    const first = await runBundledSync(pull);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.summary).toContain("### persona-governance sync plan");
    expect(first.outputs.changed).toBe("false");
    const comments = () => gh.comments(OWNER, NAME, pull).filter((c) => c.body.includes(PLAN_COMMENT_MARKER));
    expect(comments()).toHaveLength(1);
    const id = comments()[0]!.id;

    writeFileSync(join(checkout.dir, "personas/tools-developer.md"), readFileSync(join(checkout.dir, "personas/tools-developer.md"), "utf8").replace("status: draft", "status: active"));
    const second = await runBundledSync(pull);
    expect(second.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.id).toBe(id);
    expect(gh.writes().map((w) => w.operationId)).toEqual(["issues/create-comment", "issues/update-comment"]);
  });
});
