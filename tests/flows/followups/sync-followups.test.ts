import { describe, expect, it } from "vitest";
import { readTrackingRecord } from "../../../src/core/followups/tracking-marker.js";
import { syncFollowups, type SyncFollowupsResult } from "../../../src/flows/followups/sync-followups.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";
import { boardValues, CI_TEAM, fakeGateway, fixtureProgram, meetingBody, NAME, OWNER, seedFollowups, trackingIssueRecords } from "./support/followups-fixture.js";

const gh = useFakeGitHub();

const CI_LINE = "- [ ] Cut CI queue time for backend builds @acme/ci-team due:2027-01-10 persona:backend-developer pain:building";
const DOCS_LINE = "- [ ] Write the flaky-test runbook @bo persona:sre pain:testing";

async function sync(options: { dryRun?: boolean } = {}): Promise<SyncFollowupsResult> {
  const gateway = fakeGateway(gh);
  return syncFollowups({ gateway, projects: gateway.projects, program: fixtureProgram(), dryRun: options.dryRun === true });
}

const meetingText = (meeting: number) => gh.issue(OWNER, NAME, meeting)!.body!;

/** Edits the checklist as a person would in the browser, keeping the links the sync wrote. */
function editMeeting(meeting: number, edit: (body: string) => string): void {
  const issue = gh.issue(OWNER, NAME, meeting)!;
  issue.body = edit(issue.body!);
}

describe("syncFollowups against GitHub", () => {
  it("creates a labelled, assigned tracking issue per step and links each line to it", async () => {
    const { meeting } = seedFollowups(gh, { lines: [CI_LINE, DOCS_LINE] });
    const result = await sync();
    expect(result.outcomes.filter((o) => o.status !== "applied")).toEqual([]);
    const [ci, docs] = trackingIssueRecords(gh);
    expect([ci!.title, docs!.title]).toEqual(["Cut CI queue time for backend builds", "Write the flaky-test runbook"]);
    expect(gh.issueLabels(OWNER, NAME, ci!.number).sort()).toEqual(["next-step", "persona: Backend Developer"]);
    expect(gh.issueLabels(OWNER, NAME, docs!.number).sort()).toEqual(["next-step", "persona: SRE"]);
    // Round-robin: the team's first step goes to its first member by login.
    expect(ci!.assignees).toEqual([CI_TEAM[0]]);
    expect(docs!.assignees).toEqual(["bo"]);
    expect(ci!.body).toContain(`An agreed next step from the review meeting #${meeting} (2026-H2).`);
    expect(gh.labelNames(OWNER, NAME)).toContain("next-step");
    expect(meetingText(meeting)).toContain(`- [ ] #${ci!.number} Cut CI queue time for backend builds @acme/ci-team due:2027-01-10`);
    expect(meetingText(meeting)).toContain(`- [ ] #${docs!.number} Write the flaky-test runbook @bo persona:sre pain:testing`);
  });

  it("puts every tracking issue on the project with its fields, creating the missing ones", async () => {
    seedFollowups(gh, { lines: [CI_LINE, DOCS_LINE] });
    const result = await sync();
    const mutations = gh.graphqlLog.filter((entry) => entry.operation === "mutation").flatMap((entry) => entry.rootFields);
    expect(mutations).toContain("addProjectV2ItemById");
    expect(mutations).toContain("updateProjectV2ItemFieldValue");
    expect(mutations).toContain("createProjectV2Field");
    expect(mutations).toContain("updateProjectV2Field");
    const [ci, docs] = trackingIssueRecords(gh);
    expect(boardValues(gh, ci!.number)).toEqual({ Status: "Todo", Persona: "Backend Developer", Due: "2027-01-10", Cycle: "2026-H2", Owner: "@acme/ci-team" });
    expect(boardValues(gh, docs!.number)).toEqual({ Status: "Todo", Persona: "SRE", Due: "2027-01-15", Cycle: "2026-H2", Owner: "@bo" });
    expect(result.project?.fieldChanges).toEqual([
      expect.stringContaining('created the text field "Cycle"'),
      expect.stringContaining('created the text field "Owner"'),
      expect.stringContaining('added the Persona option "SRE"'),
    ]);
  });

  it("writes nothing at all when run again", async () => {
    seedFollowups(gh, { lines: [CI_LINE, DOCS_LINE, "- [ ] Broken line @bo persona:nobody"] });
    await sync();
    gh.resetLog();
    const again = await sync();
    expect(gh.writes()).toEqual([]);
    expect(again.outcomes).toEqual([]);
    expect(again.project?.items.map((item) => item.action)).toEqual(["unchanged", "unchanged"]);
  });

  it("updates the tracking issue when its line is edited, and never duplicates it", async () => {
    const { meeting } = seedFollowups(gh, { lines: [CI_LINE] });
    await sync();
    editMeeting(meeting, (body) => body.replace("Cut CI queue time for backend builds", "Halve CI queue time").replace("due:2027-01-10", "due:2027-02-01"));
    const result = await sync();
    const issues = trackingIssueRecords(gh);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe("Halve CI queue time");
    expect(readTrackingRecord(issues[0]!.body!)).toMatchObject({ text: "Halve CI queue time", due: "2027-02-01" });
    expect(boardValues(gh, issues[0]!.number)?.["Due"]).toBe("2027-02-01");
    expect(result.outcomes.map((o) => o.op.kind)).toEqual(["update-issue"]);
  });

  it("marks a removed line's issue as dropped in the meeting, and leaves the issue open", async () => {
    const { meeting } = seedFollowups(gh, { lines: [CI_LINE, DOCS_LINE] });
    await sync();
    const [, docs] = trackingIssueRecords(gh);
    editMeeting(meeting, (body) => body.split("\n").filter((line) => !line.includes("flaky-test runbook")).join("\n"));
    await sync();
    expect(trackingIssueRecords(gh)).toHaveLength(2);
    expect(gh.issue(OWNER, NAME, docs!.number)!.state).toBe("open");
    expect(meetingText(meeting)).toContain(`## Dropped steps\n<!-- persona-governance:dropped-steps -->`);
    expect(meetingText(meeting)).toContain(`- #${docs!.number} Write the flaky-test runbook\n`);
    expect(gh.comments(OWNER, NAME, docs!.number).map((c) => c.body)).toEqual([expect.stringContaining("was removed from the agreed next steps")]);
    gh.resetLog();
    await sync();
    expect(gh.writes()).toEqual([]);
  });

  it("ticks the box and moves the board to Done when a tracking issue is closed", async () => {
    const { meeting } = seedFollowups(gh, { lines: [CI_LINE] });
    await sync();
    const [ci] = trackingIssueRecords(gh);
    Object.assign(gh.issue(OWNER, NAME, ci!.number)!, { state: "closed", stateReason: "completed", closedAt: "2027-01-09T10:00:00Z" });
    await sync();
    expect(meetingText(meeting)).toContain(`- [x] #${ci!.number} Cut CI queue time`);
    expect(boardValues(gh, ci!.number)?.["Status"]).toBe("Done");
  });

  it("closes the tracking issue, with a note, when its box is ticked in the meeting", async () => {
    const { meeting } = seedFollowups(gh, { lines: [CI_LINE] });
    await sync();
    editMeeting(meeting, (body) => body.replace("- [ ] #", "- [x] #"));
    await sync();
    const [ci] = trackingIssueRecords(gh);
    expect(ci).toMatchObject({ state: "closed", stateReason: "completed" });
    expect(gh.comments(OWNER, NAME, ci!.number).map((c) => c.body)).toEqual([expect.stringContaining(`Closed as completed: the step was ticked off in the agreed next steps of #${meeting}.`)]);
  });

  it("replies once, listing every line that does not parse, and updates that reply", async () => {
    const { meeting } = seedFollowups(gh, { lines: ["- [ ] Fix builds @bo due:2027-02-30 persona:sre", "- [ ] Fix tests persona:sr"] });
    const first = await sync();
    expect(first.plan.counts.problems).toBe(2);
    expect(trackingIssueRecords(gh)).toEqual([]);
    const comments = () => gh.comments(OWNER, NAME, meeting).map((c) => c.body);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]).toContain("`due:2027-02-30` is not a date.");
    expect(comments()[0]).toContain("`persona:sr` is not a persona id. Did you mean `persona:sre`?");
    editMeeting(meeting, (body) => body.replace("due:2027-02-30", "due:2027-02-28"));
    await sync();
    expect(comments()).toHaveLength(1);
    expect(comments()[0]).not.toContain("due:2027-02-30");
    expect(comments()[0]).toContain("**1 line of the agreed next steps could not be read**");
    expect(trackingIssueRecords(gh)).toHaveLength(1);
  });

  it("shows the plan in a dry run and writes nothing", async () => {
    const { meeting } = seedFollowups(gh, { lines: [CI_LINE] });
    gh.resetLog();
    const result = await sync({ dryRun: true });
    expect(gh.writes()).toEqual([]);
    expect(result.outcomes.map((o) => [o.op.kind, o.status])).toEqual([
      ["create-label", "planned"],
      ["create-label", "planned"],
      ["create-issue", "planned"],
      ["edit-meeting", "planned"],
    ]);
    expect(result.project?.items).toEqual([expect.objectContaining({ label: "the new issue for line 10", action: "added" })]);
    expect(meetingText(meeting)).toBe(meetingBody([CI_LINE]));
  });

  it("says which token Projects need on a 403, and still tracks the steps", async () => {
    seedFollowups(gh, { lines: [CI_LINE], projectAccess: "forbidden" });
    const result = await sync();
    expect(trackingIssueRecords(gh)).toHaveLength(1);
    expect(result.project?.setupProblem).toBe(true);
    expect(result.project?.error).toMatch(/The default Actions GITHUB_TOKEN never can: pass a PAT or GitHub App token .* as `project-token`/);
  });
});
