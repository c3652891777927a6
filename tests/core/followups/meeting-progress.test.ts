import { describe, expect, it } from "vitest";
import { planMeetingProgress } from "../../../src/core/followups/plan-meeting-progress.js";
import type { ProgressContext } from "../../../src/core/followups/progress-context.js";
import { CLOSING_REPORT_MARKER } from "../../../src/core/followups/render-closing-report.js";
import { DIGEST_MARKER, renderDigest, sameDigest } from "../../../src/core/followups/render-digest.js";
import type { StepProgress } from "../../../src/core/followups/step-progress.js";

const context: ProgressContext = {
  meeting: 10,
  cycle: "2026-H2",
  personas: [
    { id: "backend-developer", name: "Backend Developer" },
    { id: "sre", name: "SRE" },
  ],
  phases: [{ id: "building", name: "Building" }],
  now: new Date("2027-01-08T09:00:00Z"),
};

function step(issue: number, extra: Partial<StepProgress> = {}): StepProgress {
  return { issue, title: `Step ${issue}`, url: `u${issue}`, state: "open", notPlanned: false, due: "2027-01-15", persona: "sre", owner: "@bo", assignees: [], dropped: false, ...extra };
}

describe("renderDigest", () => {
  const steps = [
    step(1, { state: "closed", closedAt: "2027-01-02T00:00:00Z" }),
    step(2, { persona: "backend-developer", pain: "building" }),
    step(3, { due: "2027-01-05", owner: "@acme/ci-team" }),
    step(4, { dropped: true }),
  ];
  const digest = renderDigest(steps, context);

  it("counts done, in progress and overdue per persona, and leaves dropped steps out of the counts", () => {
    expect(digest.startsWith(DIGEST_MARKER)).toBe(true);
    expect(digest).toContain("**1 of 3 steps done**, 1 in progress, 1 overdue.");
    expect(digest).toContain("| Backend Developer | 0 | 1 | 0 |");
    expect(digest).toContain("| SRE | 1 | 0 | 1 |");
    expect(digest).toContain("Dropped from the checklist (their issues stay open, without reminders): #4.");
  });

  it("escalates overdue steps first, without pinging their owners", () => {
    expect(digest).toMatch(/> \[!WARNING\]\n> \*\*Overdue\.\*\*[^\n]*\n> - #3 Step 3: @\u200Dacme\/ci-team, due 2027-01-05 \(SRE\)/);
    expect(digest).not.toMatch(/@(?!\u200D)[a-z]/);
  });

  it("draws a Mermaid pie of the whole", () => {
    expect(digest).toContain('```mermaid\npie showData title Next steps 2026-H2\n    "Done" : 1\n    "In progress" : 1\n    "Overdue" : 1\n```');
  });

  it("counts as the same digest on another day when nothing else changed", () => {
    const tomorrow = renderDigest(steps, { ...context, now: new Date("2027-01-09T09:00:00Z") });
    expect(tomorrow).not.toBe(digest);
    expect(sameDigest(digest, tomorrow)).toBe(true);
    expect(sameDigest(digest, renderDigest(steps.slice(1), context))).toBe(false);
  });
});

describe("planMeetingProgress", () => {
  const meeting = { number: 10, state: "open" as const };

  it("posts the digest, then edits it only when its content changes", () => {
    const steps = [step(1)];
    const [first] = planMeetingProgress({ meeting, steps, context });
    expect(first).toMatchObject({ kind: "comment", role: "digest", issue: 10 });
    const body = first!.kind === "comment" ? first!.body : "";
    const later = { ...context, now: new Date("2027-01-09T09:00:00Z") };
    expect(planMeetingProgress({ meeting, steps, context: later, digest: { id: 3, body } })).toEqual([]);
    expect(planMeetingProgress({ meeting, steps: [step(1, { state: "closed" }), step(2)], context: later, digest: { id: 3, body } })).toEqual([
      expect.objectContaining({ kind: "comment", role: "digest", commentId: 3 }),
    ]);
  });

  it("closes the meeting with a report once every followed step is closed, dropped ones aside", () => {
    const steps = [step(1, { state: "closed", closedAt: "2027-01-10T12:00:00Z", due: "2027-01-09" }), step(2, { state: "closed", notPlanned: true }), step(3, { dropped: true })];
    const operations = planMeetingProgress({ meeting, steps, context });
    expect(operations.map((op) => (op.kind === "comment" ? op.role : op.kind))).toEqual(["digest", "closing-report", "close-meeting"]);
    const report = operations[1]!.kind === "comment" ? operations[1]!.body : "";
    expect(report.startsWith(CLOSING_REPORT_MARKER)).toBe(true);
    expect(report).toContain("Every next step agreed in this review meeting of 2026-H2 is closed: 2 in all, 1 after its due date, 1 closed as not planned.");
    expect(report).toContain("| #1 Step 1 | SRE | – | 2027-01-09 | 2027-01-10 | done, late |");
    expect(report).toContain("Dropped from the checklist along the way: #3.");
  });

  it("does not close a meeting someone reopened after its closing report", () => {
    const steps = [step(1, { state: "closed" })];
    const report = planMeetingProgress({ meeting, steps, context }).find((op) => op.kind === "comment" && op.role === "closing-report");
    const body = report?.kind === "comment" ? report.body : "";
    expect(planMeetingProgress({ meeting, steps, context, closingReport: { id: 9, body } }).map((op) => op.kind)).toEqual(["comment"]);
  });

  it("does nothing for a meeting without steps", () => {
    expect(planMeetingProgress({ meeting, steps: [], context })).toEqual([]);
  });
});
