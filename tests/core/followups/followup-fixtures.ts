import { parseConfig } from "../../../src/core/config/parse-config.js";
import type { FollowupSyncInput } from "../../../src/core/followups/followup-sync-input.js";
import { parseNextSteps } from "../../../src/core/followups/parse-next-steps.js";
import { stepKey } from "../../../src/core/followups/step-key.js";
import type { IssueFacts, TrackingIssue } from "../../../src/core/followups/tracking-issue.js";
import { renderTrackingMarkers, type TrackingRecord } from "../../../src/core/followups/tracking-marker.js";
import { NEXT_STEPS_HEADING_LINE } from "../../../src/core/publish/next-step-format.js";
import { persona } from "../../support/persona-builder.js";

export const MEETING = 10;

export const personas = [
  persona({ id: "backend-developer", name: "Backend Developer", aliases: ["Backend"] }),
  persona({ id: "sre", name: "SRE" }),
];

export const phases = [
  { id: "building", name: "Building" },
  { id: "testing", name: "Testing" },
];

export const config = parseConfig("routing:\n  strategy: round-robin\nsurvey:\n  planningDeadline: \"2027-01-15\"\n").config;

export function meetingBody(...lines: string[]): string {
  return ["<!-- persona-governance:review-meeting cycle=2026-H2 -->", "", NEXT_STEPS_HEADING_LINE, "", ...lines, ""].join("\n");
}

/** A tracking issue for `text`, recorded as last synced with these facts. */
export function tracking(number: number, text: string, record: Partial<TrackingRecord> = {}, issue: Partial<IssueFacts> = {}): TrackingIssue {
  const full: TrackingRecord = { meeting: MEETING, key: stepKey(text), text, owner: "@bo", due: "2027-01-15", persona: "sre", cycle: "2026-H2", assigned: ["bo"], closed: false, dropped: false, ...record };
  return {
    record: full,
    issue: {
      number,
      nodeId: `I_${number}`,
      title: text,
      body: `${renderTrackingMarkers(full)}\nThe step.`,
      state: "open",
      stateReason: undefined,
      labels: ["next-step", `persona: ${full.persona === "sre" ? "SRE" : "Backend Developer"}`],
      assignees: ["bo"],
      htmlUrl: `https://github.com/acme/handbook/issues/${number}`,
      closedAt: undefined,
      ...issue,
    },
  };
}

/** The planner's input for a meeting with these checklist lines and tracking issues. */
export function syncInput(lines: string[], existing: TrackingIssue[] = [], extra: Partial<FollowupSyncInput> = {}): FollowupSyncInput {
  const body = meetingBody(...lines);
  return {
    meeting: { number: MEETING, body },
    cycle: "2026-H2",
    checklist: parseNextSteps(body, { personas, phases, planningDeadline: "2027-01-15" }),
    tracking: existing,
    personas,
    phases,
    config,
    labels: ["next-step", "persona: SRE", "persona: Backend Developer"],
    teamMembers: { "acme/ci-team": ["fay", "dana", "eli"] },
    analysisIssues: { sre: 4 },
    ...extra,
  };
}
