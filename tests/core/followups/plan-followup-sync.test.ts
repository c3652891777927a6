import { describe, expect, it } from "vitest";
import type { FollowupOp } from "../../../src/core/followups/followup-op.js";
import { planFollowupSync } from "../../../src/core/followups/plan-followup-sync.js";
import { PROBLEMS_MARKER } from "../../../src/core/followups/render-problems-comment.js";
import { readTrackingRecord } from "../../../src/core/followups/tracking-marker.js";
import { MEETING, syncInput, tracking } from "./followup-fixtures.js";

const kinds = (operations: readonly FollowupOp[]) => operations.map((op) => (op.kind === "comment" ? `comment:${op.role}` : op.kind));

function only<K extends FollowupOp["kind"]>(operations: readonly FollowupOp[], kind: K): Extract<FollowupOp, { kind: K }> {
  const found = operations.filter((op): op is Extract<FollowupOp, { kind: K }> => op.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("planFollowupSync", () => {
  it("plans a tracking issue per new step, team steps taking turns, and links each line", () => {
    const plan = planFollowupSync(
      syncInput([
        "- [ ] Cut CI queue time @acme/ci-team due:2027-01-10 persona:backend-developer pain:building",
        "- [ ] Cache test images @acme/ci-team persona:backend-developer",
        "- [ ] Write the runbook @bo persona:sre pain:testing",
      ]),
    );
    expect(kinds(plan.operations)).toEqual(["create-issue", "create-issue", "create-issue", "edit-meeting"]);
    const creates = plan.operations.filter((op) => op.kind === "create-issue");
    expect(creates.map((op) => [op.title, op.labels, op.assignees])).toEqual([
      ["Cut CI queue time", ["next-step", "persona: Backend Developer"], ["dana"]],
      ["Cache test images", ["next-step", "persona: Backend Developer"], ["eli"]],
      ["Write the runbook", ["next-step", "persona: SRE"], ["bo"]],
    ]);
    const runbook = creates[2]!;
    expect(runbook.body).toContain("(analysis: #4)");
    expect(readTrackingRecord(runbook.body)).toMatchObject({ meeting: MEETING, text: "Write the runbook", due: "2027-01-15", pain: "testing", assigned: ["bo"], closed: false });
    const edit = only(plan.operations, "edit-meeting");
    expect(edit.edits.map((e) => e.link)).toEqual(creates.map((op) => ({ createdKey: op.key })));
    expect(plan.counts).toEqual({ steps: 3, problems: 0, dropped: 0 });
  });

  it("creates the labels the repository lacks, with their descriptions, before the issues", () => {
    const plan = planFollowupSync(syncInput(["- [ ] Write the runbook @bo persona:sre"], [], { labels: [] }));
    expect(plan.operations.slice(0, 2)).toEqual([
      { kind: "create-label", label: { name: "next-step", color: "5319e7", description: "A next step agreed after a persona survey review" }, reason: expect.any(String) },
      { kind: "create-label", label: expect.objectContaining({ name: "persona: SRE" }), reason: expect.any(String) },
    ]);
  });

  it("plans nothing for a linked step that did not change", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook")]));
    expect(plan.operations).toEqual([]);
  });

  it("updates the issue when the line's text, date or pain point changed, and never creates another", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #21 Write and test the runbook @bo due:2027-02-01 persona:sre pain:testing"], [tracking(21, "Write the runbook")]));
    const update = only(plan.operations, "update-issue");
    expect(update).toMatchObject({ issue: 21, title: "Write and test the runbook", changes: ["title", "text", "due date", "pain point"] });
    expect(readTrackingRecord(update.body!)).toMatchObject({ text: "Write and test the runbook", due: "2027-02-01", pain: "testing" });
    expect(kinds(plan.operations)).toEqual(["update-issue"]);
  });

  it("re-links a line whose link was deleted, by the key of its text", () => {
    const plan = planFollowupSync(syncInput(["- [ ] Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook")]));
    expect(kinds(plan.operations)).toEqual(["edit-meeting"]);
    expect(only(plan.operations, "edit-meeting").edits).toEqual([{ line: 5, from: "- [ ] Write the runbook @bo persona:sre", box: " ", link: { issue: 21 } }]);
  });

  it("takes an issue reference in the text for text unless it is one of the meeting's steps", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #7 is flaky: fix it @bo persona:sre"]));
    expect(only(plan.operations, "create-issue").title).toBe("#7 is flaky: fix it");
  });

  it("marks a step whose line was removed as dropped: notes it on the issue and lists it, never closes it", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook"), tracking(22, "Tidy dashboards")]));
    expect(kinds(plan.operations)).toEqual(["update-issue", "comment:dropped", "edit-meeting"]);
    const update = only(plan.operations, "update-issue");
    expect(update).toMatchObject({ issue: 22, changes: ["marked dropped"] });
    expect(update.state).toBeUndefined();
    expect(readTrackingRecord(update.body!)?.dropped).toBe(true);
    expect(update.body).toContain("The step.");
    expect(only(plan.operations, "edit-meeting").dropped).toEqual([{ issue: 22, title: "Tidy dashboards" }]);
  });

  it("lists an already dropped step without telling its issue again", () => {
    const body = ["- [ ] #21 Write the runbook @bo persona:sre", "", "## Dropped steps", "<!-- persona-governance:dropped-steps -->", "x", "", "- #22 Tidy dashboards", "<!-- persona-governance:dropped-steps:end -->"];
    const input = syncInput(body, [tracking(21, "Write the runbook"), tracking(22, "Tidy dashboards", { dropped: true })]);
    const plan = planFollowupSync(input);
    expect(kinds(plan.operations)).toEqual(["edit-meeting"]);
  });

  it("brings a dropped step back when its line returns", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #22 Tidy dashboards @bo persona:sre"], [tracking(22, "Tidy dashboards", { dropped: true })]));
    expect(kinds(plan.operations)).toEqual(["update-issue", "comment:restored"]);
    expect(readTrackingRecord(only(plan.operations, "update-issue").body!)?.dropped).toBe(false);
  });

  it("does not drop the issue of a linked line that no longer parses", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @bo due:2027-02-31 persona:sre"], [tracking(21, "Write the runbook")]));
    expect(kinds(plan.operations)).toEqual(["comment:problems"]);
  });

  describe("box and issue state", () => {
    it("closes the issue when someone ticks the box", () => {
      const plan = planFollowupSync(syncInput(["- [x] #21 Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook")]));
      expect(kinds(plan.operations)).toEqual(["update-issue", "comment:state-change"]);
      const update = only(plan.operations, "update-issue");
      expect(update.state).toBe("closed");
      expect(readTrackingRecord(update.body!)?.closed).toBe(true);
    });

    it("ticks the box when someone closes the issue", () => {
      const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook", {}, { state: "closed" })]));
      expect(kinds(plan.operations)).toEqual(["update-issue", "edit-meeting"]);
      expect(only(plan.operations, "update-issue").state).toBeUndefined();
      expect(only(plan.operations, "edit-meeting").edits).toEqual([expect.objectContaining({ box: "x" })]);
    });

    it("unticks the box when someone reopens the issue", () => {
      const plan = planFollowupSync(syncInput(["- [x] #21 Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook", { closed: true })]));
      expect(only(plan.operations, "edit-meeting").edits).toEqual([expect.objectContaining({ box: " " })]);
      expect(plan.operations.some((op) => op.kind === "update-issue" && op.state !== undefined)).toBe(false);
    });

    it("reopens the issue when someone unticks the box", () => {
      const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @bo persona:sre"], [tracking(21, "Write the runbook", { closed: true }, { state: "closed" })]));
      expect(only(plan.operations, "update-issue").state).toBe("open");
    });
  });

  it("moves the assignment when the owner changes, keeping people assigned by hand", () => {
    const existing = tracking(21, "Write the runbook", { owner: "@bo", assigned: ["bo"] }, { assignees: ["bo", "kim"] });
    const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @acme/ci-team persona:sre"], [existing]));
    expect(plan.operations.filter((op) => op.kind === "assign" || op.kind === "unassign")).toEqual([
      expect.objectContaining({ kind: "assign", issue: 21, logins: ["dana"] }),
      expect.objectContaining({ kind: "unassign", issue: 21, logins: ["bo"] }),
    ]);
    expect(readTrackingRecord(only(plan.operations, "update-issue").body!)?.assigned).toEqual(["dana"]);
  });

  it("swaps the persona label when the persona changes", () => {
    const plan = planFollowupSync(syncInput(["- [ ] #21 Write the runbook @bo persona:backend-developer"], [tracking(21, "Write the runbook")]));
    expect(only(plan.operations, "update-issue").labels).toEqual(["next-step", "persona: Backend Developer"]);
  });

  it("reports a second line that copies another's link, and a repeated new line, instead of tracking them twice", () => {
    const plan = planFollowupSync(
      syncInput(["- [ ] #21 Write the runbook @bo persona:sre", "- [ ] #21 Write the runbook again @bo persona:sre", "- [ ] Fix builds @bo persona:sre", "- [ ] Fix builds! @bo persona:sre"], [tracking(21, "Write the runbook")]),
    );
    expect(kinds(plan.operations)).toEqual(["create-issue", "edit-meeting", "comment:problems"]);
    const comment = only(plan.operations, "comment");
    expect(comment.body).toContain("**Line 6:**");
    expect(comment.body).toContain("which another line of the checklist already tracks");
    expect(comment.body).toContain("**Line 8:**");
  });

  describe("the reply about unreadable lines", () => {
    const bad = "- [ ] Fix builds @bo persona:nobody";

    it("is one comment listing every bad line, with mentions made inert", () => {
      const plan = planFollowupSync(syncInput([bad, "- [ ] Fix tests due:soon persona:sre"]));
      const comment = only(plan.operations, "comment");
      expect(comment).toMatchObject({ issue: MEETING, role: "problems" });
      expect(comment.commentId).toBeUndefined();
      expect(comment.body.startsWith(PROBLEMS_MARKER)).toBe(true);
      expect(comment.body).toContain("**2 lines of the agreed next steps could not be read**");
      expect(comment.body).toContain("`persona:nobody` is not a persona id.");
      expect(comment.body).toContain("`due:soon` is not a date.");
      expect(comment.body).not.toMatch(/@bo/);
    });

    it("is edited in place, left alone when unchanged, and turned into an all-clear once fixed", () => {
      const first = only(planFollowupSync(syncInput([bad])).operations, "comment");
      expect(planFollowupSync(syncInput([bad], [], { problemsComment: { id: 5, body: first.body } })).operations.filter((op) => op.kind === "comment")).toEqual([]);
      const fixed = planFollowupSync(syncInput(["- [ ] Fix builds @bo persona:sre"], [], { problemsComment: { id: 5, body: first.body } }));
      expect(only(fixed.operations, "comment")).toMatchObject({ commentId: 5, body: expect.stringContaining("reads cleanly now") });
    });
  });
});
