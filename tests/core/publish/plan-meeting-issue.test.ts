import { describe, expect, it } from "vitest";
import { findNextStepsSection } from "../../../src/core/publish/find-next-steps-section.js";
import { readGeneratedPart } from "../../../src/core/publish/generated-part.js";
import { NEXT_STEPS_HEADING_LINE } from "../../../src/core/publish/next-step-format.js";
import { planMeetingIssue } from "../../../src/core/publish/plan-meeting-issue.js";
import { REVIEW_MEETING_LABEL } from "../../../src/core/publish/publish-labels.js";
import { GENERATED_END, meetingMarker } from "../../../src/core/publish/publish-markers.js";
import { reconcileIssue } from "../../../src/core/publish/reconcile.js";
import { allLinks, DOCS, publishInput, ROWS } from "./publish-builders.js";

describe("planMeetingIssue", () => {
  const meeting = planMeetingIssue(publishInput(), DOCS, allLinks());

  it("is one issue per cycle, labelled for the follow-ups to find", () => {
    expect(meeting.marker).toBe(meetingMarker("2026-H2"));
    expect(meeting.title).toBe("2026-H2 survey review: agree next steps before planning");
    expect(meeting.labels).toEqual([REVIEW_MEETING_LABEL]);
    expect(meeting.assignees).toEqual([]);
  });

  it("lists every persona's top pain points with figures, tools and the analysis issue, and no combined score", () => {
    expect(meeting.generated).toContain("| Persona | Rank | Pain point | Respondents | Share of commenters | Tools named | Analysis |");
    expect(meeting.generated).toContain("| Backend Developer | 1 | Building | 3 | 100% | Jenkins (3) | [#1](https://github.com/acme/devex/issues/1) |");
    expect(meeting.generated).toContain("| Backend Developer | 2 | Dependency management | 1 | 33% | Node.js (1) | [#1](https://github.com/acme/devex/issues/1) |");
    expect(meeting.generated).toContain("| SRE | 1 | Building | 2 | 67% | Jenkins (2) | [#2](https://github.com/acme/devex/issues/2) |");
    expect(meeting.generated).toContain("| Web Developer ⚠️ | 1 | Code review | 1 | 100% | – | [#3](https://github.com/acme/devex/issues/3) |");
    expect(meeting.generated).toContain("> ⚠️ Web Developer: Only 1 person answered; treat these figures as anecdotes, not trends.");
    expect(meeting.generated).not.toMatch(/score:|average/i);
  });

  it("carries the planning deadline with the days left on the injected clock", () => {
    expect(meeting.generated).toContain("**Planning deadline:** 2026-12-15 (14 days left as of 2026-12-01)");
    const late = planMeetingIssue({ ...publishInput(), now: new Date("2026-12-18T23:59:00Z") }, DOCS, allLinks());
    expect(late.generated).toContain("2026-12-15 (passed 3 days ago as of 2026-12-18)");
    const unset = planMeetingIssue(publishInput(ROWS, { planningDeadline: undefined }), DOCS, allLinks());
    expect(unset.generated).toContain("**Planning deadline:** not set. Add `survey.planningDeadline`");
  });

  it("invites champions and tool owners as a checklist, mentioning only individual champions", () => {
    const attendees = meeting.generated.split("\n").filter((line) => line.startsWith("- [ ] "));
    expect(attendees).toEqual([
      "- [ ] @alice: champion of Backend Developer",
      "- [ ] @\u200Dacme/backend-champions: champion of Backend Developer",
      "- [ ] @bob: champion of SRE",
      "- [ ] @carol: champion of Web Developer",
      "- [ ] @\u200Dacme/ci: owns Jenkins (has a heads-up)",
      "- [ ] @\u200Dacme/runtime: owns Node.js (has a heads-up)",
    ]);
    // Code spans (the example line) never notify; everywhere else no team is named live.
    expect(meeting.body.replace(/`[^`\n]*`/g, "")).not.toMatch(/@acme\//);
  });

  it("documents the next-step line format and ends with the section people fill in", () => {
    expect(meeting.generated).toContain("`- [ ] <what> @owner due:YYYY-MM-DD persona:<id> pain:<phase>`");
    expect(meeting.generated).toContain("For example: `- [ ] Agree a fix for Jenkins in Building @acme/ci due:2026-12-15 persona:backend pain:building`");
    expect(meeting.generated).toContain("`persona:<id>`: the persona the step is for: `backend`, `sre`, `web`.");
    const section = findNextStepsSection(meeting.body);
    expect(section).toBeDefined();
    expect(meeting.body.indexOf(NEXT_STEPS_HEADING_LINE)).toBeGreaterThan(meeting.body.indexOf(GENERATED_END));
    const content = meeting.body.slice(section!.content.start, section!.content.end);
    expect(content).not.toMatch(/^\s*- \[/m);
  });

  it("on a re-run rewrites only the generated part, keeping the agreed next steps byte for byte", () => {
    const edited = `${meeting.body.replace(/\n/g, "\r\n")}- [ ] Cut Jenkins queue time @acme/ci due:2027-01-15 persona:backend pain:building\r\n- [x] Page less at night @bob persona:sre pain:monitoring-and-alerting\r\n\r\nNotes from the meeting.`;
    const existing = { number: 4, body: edited, labels: [REVIEW_MEETING_LABEL], url: "u" };
    expect(reconcileIssue(meeting, existing).action).toBe("unchanged");
    const later = planMeetingIssue({ ...publishInput(), now: new Date("2026-12-05T10:00:00Z") }, DOCS, allLinks());
    const change = reconcileIssue(later, existing);
    expect(change.action).toBe("update");
    const body = change.action === "update" ? change.body! : "";
    const end = edited.indexOf(GENERATED_END);
    expect(body.slice(body.indexOf(GENERATED_END))).toBe(edited.slice(end));
    expect(body.startsWith(`${meeting.marker}\r\n`)).toBe(true);
    expect(readGeneratedPart(body)).toContain("10 days left as of 2026-12-05");
  });
});
