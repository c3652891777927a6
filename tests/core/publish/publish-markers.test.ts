import { describe, expect, it } from "vitest";
import { analysisMarker, headsUpMarker, meetingMarker, ownerKey } from "../../../src/core/publish/publish-markers.js";

describe("publish markers", () => {
  it("name the persona, owner or meeting and the cycle in a hidden comment", () => {
    expect(analysisMarker("backend", "2026-H2")).toBe("<!-- persona-governance:analysis persona=backend cycle=2026-H2 -->");
    expect(headsUpMarker("@acme/CI", "2026-H2")).toBe("<!-- persona-governance:heads-up owner=acme%2Fci cycle=2026-H2 -->");
    expect(headsUpMarker("@acme/ci", "2026-H2", "sre")).toBe("<!-- persona-governance:heads-up owner=acme%2Fci cycle=2026-H2 persona=sre -->");
    expect(meetingMarker("2026-H2")).toBe("<!-- persona-governance:review-meeting cycle=2026-H2 -->");
  });

  it("never contain a mention, and treat handles case-insensitively", () => {
    expect(headsUpMarker("@Acme/CI-Team", "x")).not.toContain("@");
    expect(ownerKey("@Acme/CI-Team")).toBe("acme/ci-team");
    expect(headsUpMarker("@Acme/CI-Team", "x")).toBe(headsUpMarker("@acme/ci-team", "x"));
  });

  it("cannot be closed early or confused by a cycle that contains markup or spaces", () => {
    const marker = meetingMarker("2026 --> <b>H2</b>");
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(marker).not.toContain("<b>");
    // A cycle that is a prefix of another must not match it by substring.
    expect(analysisMarker("web", "2026-H2")).not.toBe(analysisMarker("web", "2026-H2 "));
    expect(analysisMarker("web", "2026-H21").includes(analysisMarker("web", "2026-H2"))).toBe(false);
  });

  it("differ per persona and per cycle", () => {
    const markers = new Set([analysisMarker("web", "2026-H1"), analysisMarker("web", "2026-H2"), analysisMarker("sre", "2026-H2"), meetingMarker("2026-H2"), headsUpMarker("@a/b", "2026-H2")]);
    expect(markers.size).toBe(5);
  });
});
