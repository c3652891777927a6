import { describe, expect, it } from "vitest";
import { applyMeetingEdits, rewriteStepLine } from "../../../src/core/followups/rewrite-meeting-body.js";
import { meetingBody } from "./followup-fixtures.js";

describe("rewriteStepLine", () => {
  it("puts the link right after the box and keeps the person's formatting", () => {
    expect(rewriteStepLine("* [ ]  Fix builds @bo persona:sre", " ", 12)).toBe("* [ ]  #12 Fix builds @bo persona:sre");
    expect(rewriteStepLine("- [ ] #12 Fix builds", "x")).toBe("- [x] #12 Fix builds");
  });
});

describe("applyMeetingEdits", () => {
  const body = meetingBody("- [ ] Fix builds @bo persona:sre", "- [ ] Fix tests @bo persona:sre");

  it("finds each line by its text, so lines added meanwhile do not matter", () => {
    const moved = body.replace("- [ ] Fix builds", "- [ ] New step @kim persona:sre\n- [ ] Fix builds");
    const { body: edited, missed } = applyMeetingEdits(moved, [{ from: "- [ ] Fix builds @bo persona:sre", to: "- [ ] #12 Fix builds @bo persona:sre" }], []);
    expect(missed).toEqual([]);
    expect(edited).toBe(moved.replace("- [ ] Fix builds", "- [ ] #12 Fix builds"));
  });

  it("skips an edit whose line changed since, and keeps CRLF line ends", () => {
    const crlf = body.replace(/\n/g, "\r\n");
    const edit = { from: "- [ ] Fix tests @bo persona:SRE", to: "x" };
    expect(applyMeetingEdits(crlf, [edit], [])).toEqual({ body: crlf, missed: [edit] });
  });

  it("adds, rewrites and removes the dropped-steps section after the checklist", () => {
    const withDropped = applyMeetingEdits(body, [], [{ issue: 22, title: "Tidy *dashboards*" }]).body;
    expect(withDropped).toContain("- [ ] Fix tests @bo persona:sre\n\n## Dropped steps\n<!-- persona-governance:dropped-steps -->\n");
    expect(withDropped).toContain("- #22 Tidy \\*dashboards\\*\n<!-- persona-governance:dropped-steps:end -->\n");
    const two = applyMeetingEdits(withDropped, [], [{ issue: 23, title: "B" }, { issue: 22, title: "A" }]).body;
    expect(two.match(/## Dropped steps/g)).toHaveLength(1);
    expect(two).toContain("- #22 A\n- #23 B\n");
    expect(applyMeetingEdits(two, [], []).body).toBe(body);
  });
});
