import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../action/main.js";
import { templateText } from "../../src/core/templates/render-template.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { fixtureFiles, FULL_NAME, NAME, OWNER, seedFollowups, trackingIssueRecords } from "../flows/followups/support/followups-fixture.js";
import { fakeDeps } from "./support/fake-core.js";
import { compileSchema } from "./support/json-schema.js";

const gh = useFakeGitHub();
let workspace: string;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "pg-followups-"));
  for (const [path, text] of Object.entries(fixtureFiles())) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const LINES = ["- [ ] Cut CI queue time @acme/ci-team due:2027-01-10 persona:backend-developer pain:building", "- [ ] Write the runbook @bo persona:sre"];

function deps(event: string, inputs: Record<string, string> = {}, payload?: unknown) {
  const made = fakeDeps({ command: "followups", "github-token": "test-token", ...inputs }, workspace);
  const eventPath = join(workspace, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload ?? {}));
  Object.assign(made.env, {
    GITHUB_REPOSITORY: FULL_NAME,
    GITHUB_API_URL: gh.url,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    PERSONA_GOV_TIME_SCALE: "0.001",
    PERSONA_GOV_NOW: "2027-01-08T09:00:00Z",
  });
  return made;
}

const reminders = (issue: number) => gh.comments(OWNER, NAME, issue).filter((c) => c.body.includes("persona-governance:next-step-reminder"));

describe("command: followups (in-process)", () => {
  it("on schedule, syncs every open meeting and sends the due reminders", async () => {
    const { meeting } = seedFollowups(gh, { lines: LINES });
    const action = deps("schedule");
    await run(action);
    expect(action.calls.failed).toEqual([]);
    const [ci, runbook] = trackingIssueRecords(gh);
    expect(reminders(ci!.number)).toHaveLength(1);
    expect(reminders(runbook!.number)).toEqual([]);
    expect(action.calls.outputs["changed"]).toBe("true");
    expect(action.calls.summary).toContain(`### Follow-ups of the review meeting \\#${meeting} (2026-H2) in ${FULL_NAME}`);
    expect(action.calls.summary).toContain(`### Reminders for the review meeting \\#${meeting}`);

    gh.resetLog();
    const again = deps("schedule");
    await run(again);
    expect(gh.writes()).toEqual([]);
    expect(again.calls.outputs["changed"]).toBe("false");
  });

  it("on an edit of the meeting issue, syncs that meeting only and sends no reminders", async () => {
    const { meeting } = seedFollowups(gh, { lines: LINES });
    const body = gh.issue(OWNER, NAME, meeting)!.body;
    const action = deps("issues", {}, { action: "edited", issue: { number: meeting, body } });
    await run(action);
    expect(action.calls.failed).toEqual([]);
    expect(trackingIssueRecords(gh)).toHaveLength(2);
    expect(gh.comments(OWNER, NAME, trackingIssueRecords(gh)[0]!.number)).toEqual([]);
  });

  it("ignores an edit of any other issue", async () => {
    seedFollowups(gh, { lines: LINES });
    const other = gh.addIssue(OWNER, NAME, { title: "Other", body: "hello" });
    gh.resetLog();
    const action = deps("issues", {}, { action: "edited", issue: { number: other.number, body: "hello" } });
    await run(action);
    expect(action.calls.failed).toEqual([]);
    expect(gh.requests).toEqual([]);
    expect(action.calls.summary).toContain("neither a review meeting nor a tracking issue");
  });

  it("fails the step with the token advice when the project refuses the token, after tracking the steps", async () => {
    seedFollowups(gh, { lines: LINES, projectAccess: "forbidden" });
    const action = deps("workflow_dispatch", { "project-token": "projects-pat" });
    await run(action);
    expect(trackingIssueRecords(gh)).toHaveLength(2);
    expect(action.calls.failed).toEqual([expect.stringMatching(/The project board was not updated: The token cannot reach Projects \(v2\)\. The default Actions GITHUB_TOKEN never can: pass a PAT or GitHub App token .* as `project-token`/)]);
    expect(action.calls.secrets).toContain("projects-pat");
  });

  it("warns about checklist lines it cannot read", async () => {
    seedFollowups(gh, { lines: [...LINES, "- [ ] Broken @bo persona:nobody"] });
    const action = deps("workflow_dispatch", { "dry-run": "true" });
    await run(action);
    expect(gh.writes()).toEqual([]);
    expect(action.calls.annotations).toEqual([expect.objectContaining({ level: "warning", message: expect.stringContaining("1 line(s) of the agreed next steps in #1 could not be read") })]);
    expect(action.calls.summary).toContain("Dry run: nothing was written.");
  });
});

describe("templates/workflows/persona-followups.yml", () => {
  const workflow = parse(templateText("workflows/persona-followups.yml")) as {
    on: { issues: { types: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }>;
  };

  it("is a valid GitHub Actions workflow", () => {
    const validate = compileSchema("github-workflow.json");
    expect(validate(workflow) ? [] : validate.errors).toEqual([]);
  });

  it("runs command: followups weekly, by hand, and when a meeting or tracking issue changes", () => {
    expect(workflow.on.issues.types).toEqual(["edited", "closed", "reopened"]);
    expect(workflow.on.schedule).toEqual([{ cron: "0 7 * * 1" }]);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
    const step = workflow.jobs["followups"]!.steps.at(-1)!;
    expect(step.with).toMatchObject({ command: "followups", "project-token": "${{ secrets.PERSONA_PROJECTS_TOKEN }}" });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs["followups"]!.permissions).toEqual({ contents: "read", issues: "write" });
  });
});
