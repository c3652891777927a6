import { describe, expect, it } from "vitest";
import { stepKey } from "../../../src/core/followups/step-key.js";
import { readTrackingRecord, renderTrackingMarkers, type TrackingRecord } from "../../../src/core/followups/tracking-marker.js";

const record: TrackingRecord = { meeting: 12, key: "sabc", text: "Stop --> injection <!-- here", owner: "@acme/ci-team", due: "2027-01-10", persona: "sre", assigned: ["dana"], closed: false, dropped: true };

describe("tracking markers", () => {
  it("round-trip the record, and no text in it can end the hidden comment", () => {
    const markers = renderTrackingMarkers(record);
    expect(markers.split("\n")[0]).toBe("<!-- persona-governance:next-step meeting=12 key=sabc -->");
    expect(markers.match(/-->/g)).toHaveLength(2);
    expect(readTrackingRecord(`Some text\n${markers}\nmore`)).toEqual(record);
  });

  it("read a damaged state line as an empty record of the same meeting", () => {
    const body = "<!-- persona-governance:next-step meeting=12 key=sabc -->\n<!-- persona-governance:next-step-state {broken -->";
    expect(readTrackingRecord(body)).toEqual({ meeting: 12, key: "sabc", text: "", assigned: [], closed: false, dropped: false });
    expect(readTrackingRecord("no marker")).toBeUndefined();
  });
});

describe("stepKey", () => {
  it("ignores case, punctuation, spacing and emphasis, but not the words", () => {
    expect(stepKey("Cut CI queue time!")).toBe(stepKey("  cut *CI*   queue-time "));
    expect(stepKey("Cut CI queue time")).not.toBe(stepKey("Cut CD queue time"));
  });
});
