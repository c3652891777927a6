import { describe, expect, it } from "vitest";
import { relativeLink, resolveLink } from "../../../src/core/validate/resolve-link.js";

describe("resolveLink", () => {
  it.each([
    ["sre.md", { kind: "file", path: "personas/sre.md", fragment: "" }],
    ["./sre.md#goals", { kind: "file", path: "personas/sre.md", fragment: "goals" }],
    ["../docs/a%20b.md?x=1#caf%C3%A9", { kind: "file", path: "docs/a b.md", fragment: "café" }],
    ["/README.md", { kind: "file", path: "README.md", fragment: "" }],
    ["team/../web.md", { kind: "file", path: "personas/web.md", fragment: "" }],
    ["100%.md", { kind: "file", path: "personas/100%.md", fragment: "" }],
    ["#goals", { kind: "same-file", fragment: "goals" }],
    ["?plain=1", { kind: "same-file", fragment: "" }],
    ["../../x.md", { kind: "outside" }],
    ["HTTPS://example.com", { kind: "external" }],
    ["mailto:a@b.c", { kind: "external" }],
    ["//cdn.example.com/x.png", { kind: "external" }],
  ])("resolves %s from personas/x.md", (url, expected) => {
    expect(resolveLink("personas/x.md", url)).toEqual(expected);
  });

  it("resolves from a file at the root", () => {
    expect(resolveLink("README.md", "personas/sre.md")).toEqual({ kind: "file", path: "personas/sre.md", fragment: "" });
  });
});

describe("relativeLink", () => {
  it.each([
    ["personas", "personas/sre.md", "sre.md"],
    ["personas/team", "personas/sre.md", "../sre.md"],
    ["personas", "docs/runbooks/a.md", "../docs/runbooks/a.md"],
    ["", "personas/sre.md", "personas/sre.md"],
  ])("from %s to %s is %s", (from, to, expected) => {
    expect(relativeLink(from, to)).toBe(expected);
  });
});
