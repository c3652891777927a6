import { describe, expect, it } from "vitest";
import { CLOSING_REPORT_MARKER } from "../../../src/core/followups/render-closing-report.js";
import { DIGEST_MARKER } from "../../../src/core/followups/render-digest.js";
import { remindFollowups } from "../../../src/flows/followups/remind-followups.js";
import { syncFollowups } from "../../../src/flows/followups/sync-followups.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";
import { fakeGateway, fixtureProgram, NAME, OWNER, seedFollowups, trackingIssueRecords } from "./support/followups-fixture.js";

const gh = useFakeGitHub();

const LINES = [
  "- [ ] Cut CI queue time @acme/ci-team due:2027-01-10 persona:backend-developer pain:building",
  "- [ ] Write the runbook @bo due:2027-01-05 persona:sre pain:testing",
  "- [ ] Tidy dashboards @bo due:2027-03-01 persona:sre",
];

async function setUp(lines = LINES): Promise<{ meeting: number; issues: number[] }> {
  const { meeting } = seedFollowups(gh, { lines });
  const gateway = fakeGateway(gh);
  await syncFollowups({ gateway, projects: gateway.projects, program: fixtureProgram(), dryRun: false });
  return { meeting, issues: trackingIssueRecords(gh).map((issue) => issue.number) };
}

function remind(now: string, dryRun = false) {
  return remindFollowups({ gateway: fakeGateway(gh), program: fixtureProgram(), now: new Date(now), dryRun });
}

const reminders = (issue: number) => gh.comments(OWNER, NAME, issue).filter((c) => c.body.includes("persona-governance:next-step-reminder"));

describe("remindFollowups", () => {
  it("reminds steps due soon and overdue once, and not again within the interval", async () => {
    const { issues } = await setUp();
    const [ci, runbook, dashboards] = issues as [number, number, number];
    await remind("2027-01-08T09:00:00Z");
    expect(reminders(ci)).toHaveLength(1);
    expect(reminders(ci)[0]!.body).toContain("@dana, a reminder: this next step is **due on 2027-01-10**, in 2 days.");
    expect(reminders(runbook)[0]!.body).toContain("is 3 days overdue");
    expect(reminders(dashboards)).toEqual([]);

    gh.resetLog();
    const second = await remind("2027-01-12T09:00:00Z");
    expect(gh.writes().filter((write) => write.operationId === "issues/create-comment")).toEqual([]);
    expect(second.meetings[0]!.reminders.skipped.map((skip) => skip.issue)).toEqual([ci, runbook]);

    await remind("2027-01-15T09:00:00Z");
    expect(reminders(ci)).toHaveLength(2);
    expect(reminders(runbook)).toHaveLength(2);
  });

  it("keeps one digest on the meeting issue, edited in place, listing the overdue steps", async () => {
    const { meeting, issues } = await setUp();
    await remind("2027-01-08T09:00:00Z");
    const digests = () => gh.comments(OWNER, NAME, meeting).filter((c) => c.body.startsWith(DIGEST_MARKER));
    expect(digests()).toHaveLength(1);
    expect(digests()[0]!.body).toContain(`> - #${issues[1]} Write the runbook: @\u200Dbo, due 2027-01-05 (SRE)`);
    gh.resetLog();
    await remind("2027-01-08T18:00:00Z");
    expect(gh.writes()).toEqual([]);
    Object.assign(gh.issue(OWNER, NAME, issues[1]!)!, { state: "closed", stateReason: "completed" });
    await remind("2027-01-09T09:00:00Z");
    expect(digests()).toHaveLength(1);
    expect(digests()[0]!.body).toContain("**1 of 3 steps done**");
  });

  it("closes the meeting with a report once every step is closed", async () => {
    const { meeting, issues } = await setUp();
    for (const issue of issues) Object.assign(gh.issue(OWNER, NAME, issue)!, { state: "closed", stateReason: "completed", closedAt: "2027-01-04T10:00:00Z" });
    await remind("2027-01-08T09:00:00Z");
    expect(gh.issue(OWNER, NAME, meeting)).toMatchObject({ state: "closed", stateReason: "completed" });
    const reports = gh.comments(OWNER, NAME, meeting).filter((c) => c.body.startsWith(CLOSING_REPORT_MARKER));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.body).toContain("3 in all");
    // A closed meeting is no longer followed up.
    gh.resetLog();
    expect((await remind("2027-01-20T09:00:00Z")).meetings).toEqual([]);
    expect(gh.writes()).toEqual([]);
  });

  it("writes nothing in a dry run", async () => {
    await setUp();
    gh.resetLog();
    const result = await remind("2027-01-08T09:00:00Z", true);
    expect(gh.writes()).toEqual([]);
    expect(result.meetings[0]!.outcomes.map((o) => o.status)).toEqual(["planned", "planned", "planned"]);
  });
});
