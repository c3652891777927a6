import { describe, expect, it } from "vitest";
import { WORKFLOW_LABELS } from "../../../src/core/sync/workflow-labels.js";
import { applyDecisionsToIssue, PENDING_COMMENT_ID } from "../../../src/core/routing/apply-decisions-to-issue.js";
import { hasWrites } from "../../../src/core/routing/decision.js";
import { personaFormOptions, PERSONA_QUESTION_FORM } from "../../../src/core/routing/question-form-fields.js";
import { readQuestionIssue } from "../../../src/core/routing/read-question-issue.js";
import { ROUTING_LABELS } from "../../../src/core/routing/routing-labels.js";
import {
  readBotComments,
  readRoutingRecord,
  renderReplyMarker,
  renderRoutingMarkers,
  ROUTING_MARKER,
} from "../../../src/core/routing/routing-marker.js";
import { PERSONAS, issue, questionForm, surveyForm } from "./routing-fixtures.js";

describe("routing markers", () => {
  it("round-trips the routing record", () => {
    const record = { persona: "sre", source: "command" as const, assigned: ["ravi", "Tess"] };
    const body = `${renderRoutingMarkers(record)}\nsome text`;
    expect(body.startsWith(ROUTING_MARKER)).toBe(true);
    expect(readRoutingRecord(body)).toEqual(record);
  });

  it("reads a damaged or forged record as empty", () => {
    expect(readRoutingRecord(undefined)).toEqual({ assigned: [] });
    expect(readRoutingRecord("<!-- persona-governance:routing-state {not json -->")).toEqual({ assigned: [] });
    expect(readRoutingRecord('<!-- persona-governance:routing-state {"persona":"<b>","assigned":[]} -->')).toEqual({
      assigned: [],
    });
  });

  it("finds the routing comment and the commands already answered", () => {
    const comments = [
      { id: 1, body: "unrelated" },
      { id: 2, body: `${ROUTING_MARKER}\nrouted` },
      { id: 3, body: `${renderReplyMarker(501)}\nreply` },
    ];
    expect(readBotComments(comments)).toEqual({
      routingComment: { id: 2, body: `${ROUTING_MARKER}\nrouted` },
      repliedTo: [501],
    });
  });
});

describe("applyDecisionsToIssue", () => {
  it("applies labels and assignees case-insensitively, the GitHub way", () => {
    const start = { facts: issue({ labels: ["Bug"], assignees: ["Ann"] }), existing: { repliedTo: [] } };
    const after = applyDecisionsToIssue(start, [
      { kind: "add-labels", issue: 42, labels: ["bug", "persona: SRE"], reason: "r" },
      { kind: "remove-labels", issue: 42, labels: ["BUG"], reason: "r" },
      { kind: "assign", issue: 42, logins: ["ann", "Bob"], reason: "r" },
      { kind: "unassign", issue: 42, logins: ["ANN"], reason: "r" },
      { kind: "close", issue: 42, stateReason: "completed", reason: "r" },
      { kind: "comment-create", issue: 42, role: { kind: "routing" }, body: "b", reason: "r" },
      { kind: "comment-create", issue: 42, role: { kind: "reply", to: 5 }, body: "c", reason: "r" },
    ]);
    expect(after.facts.labels).toEqual(["persona: SRE"]);
    expect(after.facts.assignees).toEqual(["Bob"]);
    expect(after.facts.state).toBe("closed");
    expect(after.existing).toEqual({ routingComment: { id: PENDING_COMMENT_ID, body: "b" }, repliedTo: [5] });
    // The input is left untouched.
    expect(start.facts.labels).toEqual(["Bug"]);
  });

  it("keeps at most 10 assignees, as GitHub does", () => {
    const many = Array.from({ length: 12 }, (_, i) => `u${i}`);
    const after = applyDecisionsToIssue({ facts: issue(), existing: { repliedTo: [] } }, [
      { kind: "assign", issue: 42, logins: many, reason: "r" },
    ]);
    expect(after.facts.assignees).toHaveLength(10);
  });

  it("hasWrites tells skips from writes", () => {
    expect(hasWrites([{ kind: "skip", reason: "x" }])).toBe(false);
    expect(hasWrites([{ kind: "react", commentId: 1, content: "+1", reason: "x" }])).toBe(true);
  });
});

describe("form definitions", () => {
  it("offer active personas in reading order, then the not-sure option", () => {
    expect(personaFormOptions(PERSONAS)).toEqual([
      "Android Developer",
      "Backend Developer",
      "iOS Developer",
      "SRE",
      "Web Developer",
      PERSONA_QUESTION_FORM.notSureOption,
    ]);
  });

  it("tell proposals from questions by their headings or label", () => {
    expect(readQuestionIssue(questionForm({ persona: "SRE" }), [])).toEqual({
      kind: "question",
      fromForm: true,
      personaText: "SRE",
    });
    expect(readQuestionIssue(surveyForm({ type: "Choice (pick one)" }), [])).toEqual({
      kind: "survey",
      fromForm: true,
      personaText: "SRE",
      proposal: { text: "How satisfied are you with paging?", type: "choice" },
    });
    expect(readQuestionIssue("free text", ["Survey-Question"]).kind).toBe("survey");
    expect(readQuestionIssue("free text", []).fromForm).toBe(false);
  });

  it("use only labels the sync creates", () => {
    const created = WORKFLOW_LABELS.map((label) => label.name);
    for (const name of Object.values(ROUTING_LABELS)) expect(created).toContain(name);
  });
});
