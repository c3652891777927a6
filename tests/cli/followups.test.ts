import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { captureIO, fakeEnv } from "../flows/sync/support/sync-fixture.js";
import { FULL_NAME, fixtureFiles, NAME, OWNER, SETTINGS, seedFollowups, trackingIssueRecords } from "../flows/followups/support/followups-fixture.js";

const gh = useFakeGitHub();

const LINES = ["- [ ] Cut CI queue time @acme/ci-team due:2027-01-10 persona:backend-developer pain:building", "- [ ] Write the runbook @bo persona:sre pain:testing"];

async function cli(...args: string[]) {
  return cliIn("/nonexistent", ...args);
}

async function cliIn(cwd: string, ...args: string[]) {
  const io = captureIO(cwd, fakeEnv(gh));
  const code = await runCli(["followups", ...args], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe("persona-gov followups sync", () => {
  it("creates the tracking issues from the meeting of the configured cycle, reading the program from GitHub", async () => {
    const { meeting } = seedFollowups(gh, { lines: LINES });
    const run = await cli("sync", "--repo", FULL_NAME);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const issues = trackingIssueRecords(gh);
    expect(issues.map((issue) => issue.title)).toEqual(["Cut CI queue time", "Write the runbook"]);
    expect(run.out).toContain(`Follow-ups of the review meeting #${meeting} (2026-H2) in ${FULL_NAME}:`);
    expect(run.out).toContain(`create tracking issue "Cut CI queue time" for line 10 (labels next-step, persona: Backend Developer, assigned to dana) (#${issues[0]!.number})`);
    expect(run.out).toContain(`#${issues[0]!.number}: added Status=Todo, Persona=Backend Developer, Due=2027-01-10, Cycle=2026-H2, Owner=@acme/ci-team`);
    gh.resetLog();
    const again = await cli("sync", "--repo", FULL_NAME, "--meeting", String(meeting));
    expect(again.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(again.out).toContain("  nothing to change\n");
  });

  it("reads the settings and personas from --dir when given", async () => {
    seedFollowups(gh, { lines: LINES });
    const dir = mkdtempSync(join(tmpdir(), "pg-followups-cli-"));
    try {
      const files = fixtureFiles(SETTINGS.replace(/^ {2}project: .*\n/m, ""));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const run = await cliIn(dir, "sync", "--repo", FULL_NAME, "--dir", ".");
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(trackingIssueRecords(gh)).toHaveLength(2);
      // The local settings name no project, so the board is left alone.
      expect(run.out).not.toContain("Project ");
      expect(gh.graphqlLog).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints the plan as JSON in a dry run and writes nothing", async () => {
    seedFollowups(gh, { lines: LINES });
    gh.resetLog();
    const run = await cli("sync", "--repo", FULL_NAME, "--dry-run", "--format", "json");
    expect(run.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    const json = JSON.parse(run.out) as { dryRun: boolean; counts: unknown; operations: { kind: string; status: string; title?: string }[] };
    expect(json.dryRun).toBe(true);
    expect(json.counts).toEqual({ steps: 2, problems: 0, dropped: 0 });
    expect(json.operations.filter((op) => op.kind === "create-issue").map((op) => [op.title, op.status])).toEqual([
      ["Cut CI queue time", "planned"],
      ["Write the runbook", "planned"],
    ]);
  });

  it("exits 1 when lines of the checklist cannot be read", async () => {
    seedFollowups(gh, { lines: [...LINES, "- [ ] Broken @bo persona:nobody"] });
    const run = await cli("sync", "--repo", FULL_NAME);
    expect(run.code).toBe(1);
    expect(run.out).toContain("2 steps in the checklist, 1 unreadable line, 0 dropped.");
  });

  it("exits 2 with the token advice when the project refuses the token", async () => {
    seedFollowups(gh, { lines: LINES, projectAccess: "not_found" });
    const run = await cli("sync", "--repo", FULL_NAME);
    expect(run.code).toBe(2);
    expect(trackingIssueRecords(gh)).toHaveLength(2);
    expect(run.err).toMatch(/^persona-gov: the project board was not updated: The project was not found\. Check the project URL or number; if it is right, then: The token cannot reach Projects \(v2\)/);
  });

  it("refuses an issue that is not a review meeting", async () => {
    seedFollowups(gh, { lines: LINES });
    const other = gh.addIssue(OWNER, NAME, { title: "Unrelated", body: "## Agreed next steps\n- [ ] Do it @bo persona:sre\n" });
    const run = await cli("sync", "--repo", FULL_NAME, "--meeting", String(other.number));
    expect(run.code).toBe(2);
    expect(run.err).toContain(`#${other.number} is not a review-meeting issue`);
    expect(gh.writes()).toEqual([]);
  });
});

describe("persona-gov followups remind", () => {
  it("sends due reminders as of --now, once per interval", async () => {
    seedFollowups(gh, { lines: LINES });
    expect((await cli("sync", "--repo", FULL_NAME)).code).toBe(0);
    const [ci] = trackingIssueRecords(gh);
    const first = await cli("remind", "--repo", FULL_NAME, "--now", "2027-01-08T09:00:00Z");
    expect(first.code).toBe(0);
    expect(first.out).toContain(`post a reminder on #${ci!.number} (due on 2027-01-10, within 3 days)`);
    expect(gh.comments(OWNER, NAME, ci!.number)).toHaveLength(1);
    const second = await cli("remind", "--repo", FULL_NAME, "--now", "2027-01-09");
    expect(second.out).toContain(`#${ci!.number}: no reminder, reminded on 2027-01-08`);
    expect(gh.comments(OWNER, NAME, ci!.number)).toHaveLength(1);
  });

  it("rejects a --now that is not a date", async () => {
    const run = await cli("remind", "--repo", FULL_NAME, "--now", "next tuesday");
    expect(run.code).toBe(2);
    expect(run.err).toContain("--now must be an ISO 8601 date or time");
  });
});
