import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { describe, expect, it } from "vitest";
import { createAppRuntime } from "../../src/app/app-runtime.js";
import { registerFollowups } from "../../src/app/handlers/followups.js";
import { readFollowupsInterval, startFollowupSchedule, type Timers } from "../../src/app/handlers/followups-schedule.js";
import { readAppSettings } from "../../src/app/read-app-settings.js";
import { createExclusiveRunner } from "../../src/app/run-exclusive.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { boardValues, NAME, OWNER, seedFollowups, trackingIssueRecords } from "../flows/followups/support/followups-fixture.js";
import { examplePayload, retarget, userObject } from "./support/payloads.js";

const gh = useFakeGitHub();
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const BOT = "persona-governance[bot]";
const LINES = ["- [ ] Cut CI queue time @acme/ci-team due:2027-01-10 persona:backend-developer pain:building", "- [ ] Write the runbook @bo persona:sre"];

function probot(): Probot {
  const Octokit = ProbotOctokit.defaults((options: object) => ({ ...options, throttle: { enabled: false }, retry: { enabled: false } }));
  return new Probot({ appId: 1, privateKey, baseUrl: gh.url, logLevel: "fatal", Octokit });
}

function appWithHandler(): Probot {
  const app = probot();
  void app.load((loaded: Probot) => registerFollowups(loaded, createAppRuntime(loaded, readAppSettings({})), createExclusiveRunner()));
  return app;
}

function seed(lines = LINES): number {
  const { meeting } = seedFollowups(gh, { lines });
  gh.addInstallation(7, { account: OWNER });
  return meeting;
}

/** An `issues.<action>` delivery describing issue `number` as the fake holds it now. */
async function deliver(app: Probot, action: "edited" | "closed", number: number, options: { id?: string; sender?: string } = {}): Promise<void> {
  const sender = options.sender ?? "amara";
  // The examples have no `issues.closed`; an `edited` one with its action changed has the same shape.
  const payload = retarget(examplePayload("issues", "edited"), { owner: OWNER, repo: NAME, installationId: 7, sender, senderType: sender.endsWith("[bot]") ? "Bot" : "User" });
  payload["action"] = action;
  if (action === "closed") delete payload["changes"];
  const issue = gh.issue(OWNER, NAME, number)!;
  payload["issue"] = { ...(payload["issue"] as Record<string, unknown>), number, title: issue.title, body: issue.body, user: userObject(issue.user), state: issue.state, labels: [] };
  await app.receive({ id: options.id ?? `delivery-${action}-${number}-${gh.requests.length}`, name: "issues", payload } as unknown as Parameters<Probot["receive"]>[0]);
}

describe("the App's follow-ups handler", () => {
  it("turns the meeting's checklist into tracking issues and project items when the meeting is edited", async () => {
    const meeting = seed();
    await deliver(appWithHandler(), "edited", meeting);
    const issues = trackingIssueRecords(gh);
    expect(issues.map((issue) => [issue.title, issue.user])).toEqual([
      ["Cut CI queue time", BOT],
      ["Write the runbook", BOT],
    ]);
    expect(boardValues(gh, issues[0]!.number)).toMatchObject({ Status: "Todo", Persona: "Backend Developer" });
    expect(gh.issue(OWNER, NAME, meeting)!.body).toContain(`- [ ] #${issues[0]!.number} Cut CI queue time`);
  });

  it("writes nothing when the same delivery arrives again", async () => {
    const meeting = seed();
    const app = appWithHandler();
    await deliver(app, "edited", meeting, { id: "delivery-1" });
    gh.resetLog();
    await deliver(app, "edited", meeting, { id: "delivery-1" });
    expect(gh.writes()).toEqual([]);
    expect(trackingIssueRecords(gh)).toHaveLength(2);
  });

  it("ticks the step's box when its tracking issue is closed", async () => {
    const meeting = seed();
    const app = appWithHandler();
    await deliver(app, "edited", meeting);
    const [ci] = trackingIssueRecords(gh);
    Object.assign(gh.issue(OWNER, NAME, ci!.number)!, { state: "closed", stateReason: "completed" });
    await deliver(app, "closed", ci!.number);
    expect(gh.issue(OWNER, NAME, meeting)!.body).toContain(`- [x] #${ci!.number} Cut CI queue time`);
  });

  it("makes no request for other issues, or for its own edits", async () => {
    const meeting = seed();
    const other = gh.addIssue(OWNER, NAME, { title: "Other", body: "- [ ] Not a step @bo persona:sre" });
    gh.resetLog();
    const app = appWithHandler();
    await deliver(app, "edited", other.number);
    await deliver(app, "edited", meeting, { sender: BOT });
    expect(gh.requests).toEqual([]);
  });
});

/** Timers that only record what was scheduled; the test fires them by hand. */
function manualTimers(): Timers & { scheduled: { kind: string; ms: number; callback: () => void }[]; cleared: unknown[] } {
  const scheduled: { kind: string; ms: number; callback: () => void }[] = [];
  const cleared: unknown[] = [];
  return {
    scheduled,
    cleared,
    setTimeout: (callback, ms) => scheduled.push({ kind: "timeout", ms, callback }),
    setInterval: (callback, ms) => scheduled.push({ kind: "interval", ms, callback }),
    clear: (handle) => cleared.push(handle),
  };
}

describe("the App's reminder schedule", () => {
  it("reminds in every installed repository with an open meeting, once per interval", async () => {
    const meeting = seed();
    const app = appWithHandler();
    await deliver(app, "edited", meeting);
    let now = new Date("2027-01-08T09:00:00Z");
    const schedule = startFollowupSchedule(app, { intervalMinutes: 60, dryRun: false, now: () => now, timers: manualTimers() });
    const lines = await schedule.runOnce();
    expect(lines).toEqual([`follow-up reminders: ${OWNER}/${NAME}: 1 meeting(s), 1 reminder(s)`]);
    const [ci] = trackingIssueRecords(gh);
    const reminders = () => gh.comments(OWNER, NAME, ci!.number).filter((c) => c.body.includes("next-step-reminder"));
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.user).toBe(BOT);

    now = new Date("2027-01-08T10:00:00Z");
    gh.resetLog();
    await schedule.runOnce();
    expect(gh.writes()).toEqual([]);
  });

  it("starts at a random point of the first interval, then repeats, and stops", () => {
    const timers = manualTimers();
    const schedule = startFollowupSchedule(probot(), { intervalMinutes: 30, dryRun: true, now: () => new Date(0), random: () => 0.5, timers });
    expect(timers.scheduled.map(({ kind, ms }) => [kind, ms])).toEqual([["timeout", 900_000]]);
    schedule.stop();
    expect(timers.cleared).toHaveLength(1);
    expect(startFollowupSchedule(probot(), { intervalMinutes: 0, dryRun: true, now: () => new Date(0), timers }).runOnce).toBeTypeOf("function");
    expect(timers.scheduled).toHaveLength(1);
  });

  it("reads FOLLOWUPS_INTERVAL_MINUTES, with 60 by default and 0 for off", () => {
    expect(readFollowupsInterval({})).toBe(60);
    expect(readFollowupsInterval({ FOLLOWUPS_INTERVAL_MINUTES: "0" })).toBe(0);
    expect(readFollowupsInterval({ FOLLOWUPS_INTERVAL_MINUTES: "15" })).toBe(15);
    expect(() => readFollowupsInterval({ FOLLOWUPS_INTERVAL_MINUTES: "soon" })).toThrow('FOLLOWUPS_INTERVAL_MINUTES must be a whole number of minutes (0 turns reminders off), got "soon"');
  });
});
