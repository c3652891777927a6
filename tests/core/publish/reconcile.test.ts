import { describe, expect, it } from "vitest";
import type { DesiredComment, DesiredIssue } from "../../../src/core/publish/publication.js";
import { wrapGenerated } from "../../../src/core/publish/generated-part.js";
import { GENERATED_START } from "../../../src/core/publish/publish-markers.js";
import { indexByMarker, reconcileComment, reconcileIssue } from "../../../src/core/publish/reconcile.js";

const desired: DesiredIssue = {
  kind: "analysis",
  marker: "<!-- m -->",
  repo: "acme/devex",
  subject: "SRE",
  key: "sre",
  title: "t",
  body: `<!-- m -->\n${wrapGenerated("report v2")}\n\nnotes`,
  generated: "report v2",
  labels: ["pain-point", "persona: SRE"],
  assignees: ["bob"],
  notes: [],
};
const existing = (generated: string, labels = ["pain-point", "Persona: SRE", "priority"]) => ({ number: 2, body: `<!-- m -->\n${wrapGenerated(generated)}\n\nmine`, labels, url: "u" });

describe("reconcileIssue", () => {
  it("creates what does not exist", () => {
    expect(reconcileIssue(desired, undefined)).toEqual({ action: "create", reason: "no issue carries its marker yet" });
  });

  it("leaves an up-to-date issue alone, labels compared case-insensitively and extra labels kept", () => {
    expect(reconcileIssue(desired, existing("report v2")).action).toBe("unchanged");
  });

  it("rewrites the generated part and adds only the missing labels", () => {
    const change = reconcileIssue(desired, existing("report v1", ["priority"]));
    expect(change).toMatchObject({ action: "update", addLabels: ["pain-point", "persona: SRE"], body: `<!-- m -->\n${wrapGenerated("report v2")}\n\nmine` });
    expect(change.reason).toBe('the generated part of the description changed; missing labels "pain-point", "persona: SRE"');
  });

  it("skips the description, saying why, when a marker was removed by hand", () => {
    const broken = { ...existing("report v1"), body: "someone rewrote everything" };
    const change = reconcileIssue(desired, broken);
    expect(change.action).toBe("skipped");
    expect(change.reason).toContain(GENERATED_START);
  });
});

describe("reconcileComment", () => {
  const comment: DesiredComment = { kind: "heads-up", marker: "<!-- h -->", persona: "sre", subject: "@acme/ci", key: "acme/ci", body: "<!-- h -->\ntext\n" };

  it("creates, updates or leaves a comment we own", () => {
    expect(reconcileComment(comment, undefined).action).toBe("create");
    expect(reconcileComment(comment, { id: 1, body: "<!-- h -->\r\ntext", url: "u" }).action).toBe("unchanged");
    expect(reconcileComment(comment, { id: 1, body: "<!-- h -->\nold", url: "u" }).action).toBe("update");
  });
});

describe("indexByMarker", () => {
  it("finds the oldest item holding each marker with one pass over a listing", () => {
    const items = [{ id: 1, body: "x <!-- a -->" }, { id: 2, body: "<!-- b -->" }, { id: 3, body: "<!-- a --> again" }];
    const found = indexByMarker(items, ["<!-- a -->", "<!-- b -->", "<!-- c -->"]);
    expect([...found].map(([marker, item]) => [marker, item.id])).toEqual([["<!-- a -->", 1], ["<!-- b -->", 2]]);
  });
});
