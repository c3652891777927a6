import { describe, expect, it } from "vitest";
import { readGeneratedPart, replaceGeneratedPart, wrapGenerated } from "../../../src/core/publish/generated-part.js";
import { GENERATED_END, GENERATED_START } from "../../../src/core/publish/publish-markers.js";

const body = (generated: string, after = "\n\n## Agreed next steps\n\n- [ ] a step\n") => `<!-- id -->\n${wrapGenerated(generated)}${after}`;

describe("replaceGeneratedPart", () => {
  it("replaces only the text between the markers, keeping every other byte", () => {
    const human = "\r\n\r\n## Agreed next steps\r\n\r\n- [x] Cut CI time @acme/ci due:2027-01-15 persona:backend pain:building  \r\n\tweird   spacing\r\n";
    const before = `Intro someone wrote\r\n${body("old table", human)}`;
    const result = replaceGeneratedPart(before, "new table\nwith two lines");
    expect(result.status).toBe("replaced");
    if (result.status !== "replaced") return;
    const start = before.indexOf(GENERATED_START);
    const end = before.indexOf(GENERATED_END);
    expect(result.body.slice(0, start)).toBe(before.slice(0, start));
    expect(result.body.slice(result.body.indexOf(GENERATED_END))).toBe(before.slice(end));
    expect(readGeneratedPart(result.body)).toBe("\nnew table\nwith two lines\n");
  });

  it("reports unchanged when only the line endings differ (the browser saves CRLF)", () => {
    const crlf = body("line one\nline two").replace(/\n/g, "\r\n");
    expect(replaceGeneratedPart(crlf, "line one\nline two")).toEqual({ status: "unchanged", body: crlf });
  });

  it("leaves a body alone when someone removed a marker", () => {
    expect(replaceGeneratedPart(body("x").replace(GENERATED_END, ""), "y")).toEqual({ status: "missing-markers" });
    expect(replaceGeneratedPart("no markers at all", "y")).toEqual({ status: "missing-markers" });
    expect(replaceGeneratedPart(`${GENERATED_END}\n${GENERATED_START}`, "y")).toEqual({ status: "missing-markers" });
  });

  it("keeps boxes people ticked in the generated part when the line is still there", () => {
    const ticked = body("- [ ] @alice: champion\n- [ ] @bob: champion").replace("- [ ] @bob", "- [x] @bob");
    const result = replaceGeneratedPart(ticked, "Attendees:\n- [ ] @alice: champion\n- [ ] @bob: champion\n- [ ] @carol: champion");
    expect(result.status).toBe("replaced");
    expect(readGeneratedPart(result.status === "replaced" ? result.body : "")).toBe("\nAttendees:\n- [ ] @alice: champion\n- [x] @bob: champion\n- [ ] @carol: champion\n");
  });

  it("counts a body whose ticks are the only difference as unchanged", () => {
    const ticked = body("- [ ] @alice: champion").replace("- [ ] @alice", "- [X] @alice");
    expect(replaceGeneratedPart(ticked, "- [ ] @alice: champion").status).toBe("unchanged");
  });
});
