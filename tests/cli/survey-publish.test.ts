import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { findNextStepsSection } from "../../src/core/publish/find-next-steps-section.js";
import { GENERATED_END, meetingMarker } from "../../src/core/publish/publish-markers.js";
import type { IssueRecord } from "../support/fake-github/index.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { captureIO, fakeEnv } from "../flows/sync/support/sync-fixture.js";
import { EXPORT, FULL_NAME, makeCheckout, NAME, NOW, OWNER, seedRepo, settingsYaml } from "../flows/survey/publish-fixture.js";

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void } | undefined;
afterEach(() => checkout?.remove());

async function publish(...extra: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(checkout!.dir, fakeEnv(gh));
  const code = await runCli(["survey", "publish", EXPORT, "--repo", FULL_NAME, "--now", NOW, ...extra], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

const issues = (owner = OWNER, repo = NAME): IssueRecord[] => [...gh.repo(owner, repo)!.issues.values()];
const withLabel = (label: string, owner = OWNER, repo = NAME) => issues(owner, repo).filter((issue) => gh.issueLabels(owner, repo, issue.number).includes(label));
const meeting = () => issues().find((issue) => issue.body?.includes(meetingMarker("2026-H2")))!;

describe("persona-gov survey publish", () => {
  it("creates an analysis issue per persona, one heads-up per tool owner and one review-meeting issue", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const result = await publish();
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const analyses = withLabel("pain-point");
    expect(analyses.map((issue) => [issue.title, gh.issueLabels(OWNER, NAME, issue.number), issue.assignees])).toEqual([
      ["2026-H2 survey: Backend Developer pain points", ["pain-point", "persona: Backend Developer"], ["alice", "dave", "erin"]],
      ["2026-H2 survey: SRE pain points", ["pain-point", "persona: SRE"], ["bob"]],
      ["2026-H2 survey: Web Developer pain points", ["pain-point", "persona: Web Developer"], ["carol"]],
    ]);
    expect(withLabel("heads-up").map((issue) => issue.body!.split("\n")[2]!.split(":")[0])).toEqual(["@acme/ci", "@acme/observability", "@acme/sre-tools"]);
    expect(withLabel("review-meeting")).toHaveLength(1);
    expect(result.out).toContain("Published the 2026-H2 survey to acme/devex:");
    expect(result.out).toContain(`created  review-meeting issue "2026-H2 review meeting" https://github.com/${FULL_NAME}/issues/4`);
    expect(result.out).toContain("Issues and comments: 7 created, plus 6 labels created.");
    expect(gh.labelNames(OWNER, NAME)).toEqual(expect.arrayContaining(["pain-point", "heads-up", "review-meeting", "persona: SRE"]));
  });

  it("writes nothing at all when run again with the same export", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    expect((await publish()).code).toBe(0);
    gh.resetLog();
    const again = await publish();
    expect(again.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(again.out).toContain("everything was already up to date");
    expect(issues()).toHaveLength(7);
  });

  it("keeps the agreed next steps people wrote, byte for byte, when the meeting issue is updated", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    await publish();
    const record = meeting();
    const human = "- [ ] Cut Jenkins queue time @acme/ci due:2027-01-15 persona:backend pain:building\r\n- [x] Quieter alerts @bob persona:sre pain:monitoring-and-alerting\r\n\r\n## Minutes\r\n\r\nAgreed in the room.\r\n";
    record.body = `${record.body!.replace(/\n/g, "\r\n")}${human}`;
    const edited = record.body;
    gh.resetLog();
    expect((await publish()).code).toBe(0);
    expect(gh.writes()).toEqual([]);
    const later = await publish("--now", "2026-12-08T09:00:00Z");
    expect(later.out).toMatch(/updated +review-meeting issue "2026-H2 review meeting"/);
    const body = meeting().body!;
    expect(body).toContain("7 days left as of 2026-12-08");
    expect(body.slice(body.indexOf(GENERATED_END))).toBe(edited.slice(edited.indexOf(GENERATED_END)));
    const section = findNextStepsSection(body)!;
    expect(body.slice(section.content.start, section.content.end)).toContain("- [x] Quieter alerts @bob persona:sre pain:monitoring-and-alerting\r\n");
  });

  it("writes nothing in a dry run and says what it would do, as text or JSON", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const dry = await publish("--dry-run");
    expect(dry.code).toBe(0);
    expect(gh.writes()).toEqual([]);
    expect(dry.out).toMatch(/^Dry run: nothing was written\./);
    expect(dry.out).toContain('would create  analysis issue "Backend Developer"');
    const json = await publish("--dry-run", "--format", "json");
    const parsed = JSON.parse(json.out) as { dryRun: boolean; changed: boolean; counts: Record<string, number>; operations: { target: string; action: string }[] };
    expect(parsed).toMatchObject({ dryRun: true, changed: false, counts: { create: 13, update: 0 } });
    expect(parsed.operations.filter((operation) => operation.target === "heads-up-issue").map((operation) => operation.action)).toEqual(["create", "create", "create"]);
    expect(gh.writes()).toEqual([]);
    expect(issues()).toEqual([]);
  });

  it("posts heads-ups as comments on the analysis issues in comment mode, mentioning each owner once", async () => {
    seedRepo(gh);
    checkout = makeCheckout({ mode: "comment" });
    expect((await publish()).code).toBe(0);
    expect(withLabel("heads-up")).toEqual([]);
    const comments = withLabel("pain-point").flatMap((issue) => gh.comments(OWNER, NAME, issue.number));
    const bodies = comments.map((comment) => comment.body).join("\n");
    expect(bodies.split("@acme/ci:").length - 1).toBe(1);
    expect(bodies.split("@acme/sre-tools:").length - 1).toBe(1);
    expect(comments.length).toBeGreaterThanOrEqual(3);
    gh.resetLog();
    expect((await publish()).code).toBe(0);
    expect(gh.writes()).toEqual([]);
  });

  it("opens heads-up issues in survey.headsUp.repo when it names another repository", async () => {
    seedRepo(gh);
    gh.addRepo({ owner: OWNER, repo: "tool-feedback" });
    checkout = makeCheckout({ mode: "issue", repo: `${OWNER}/tool-feedback` });
    expect((await publish()).code).toBe(0);
    expect(withLabel("heads-up", OWNER, "tool-feedback")).toHaveLength(3);
    expect(withLabel("heads-up")).toEqual([]);
    expect(gh.labelNames(OWNER, "tool-feedback")).toEqual(["heads-up"]);
  });

  it("explains what is missing instead of failing: a token, the cycle, a valid --now", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const noToken = captureIO(checkout.dir, { GITHUB_API_URL: gh.url });
    expect(await runCli(["survey", "publish", EXPORT, "--repo", FULL_NAME], noToken)).toBe(2);
    expect(noToken.stderrText()).toContain("survey publish needs a token: set GITHUB_TOKEN");
    const badNow = await publish("--now", "next tuesday");
    expect(badNow.code).toBe(2);
    expect(badNow.err).toContain("--now must be an ISO 8601 date or time");
    writeFileSync(join(checkout.dir, ".github/persona-governance.yml"), settingsYaml().replace(/ {2}cycle: .*\n/, ""));
    const noCycle = await publish();
    expect(noCycle.code).toBe(2);
    expect(noCycle.err).toContain("survey.cycle is not set in the settings file");
    expect(gh.writes()).toEqual([]);
  });
});
