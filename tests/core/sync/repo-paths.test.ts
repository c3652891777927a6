import { describe, expect, it } from "vitest";
import { folderOf, relativeLink, resolveLink } from "../../../src/core/sync/repo-paths.js";

describe("repo paths", () => {
  it("finds a file's folder", () => {
    expect(folderOf("personas/sre.md")).toBe("personas");
    expect(folderOf("README.md")).toBe("");
  });

  it.each([
    ["personas/sre.md", "backend.md#goals", "personas/backend.md"],
    ["personas/sre.md", "./team/a%20b.md", "personas/team/a b.md"],
    ["personas/team/x.md", "../sre.md?plain=1", "personas/sre.md"],
    ["personas/sre.md", "/docs/a.md", "docs/a.md"],
    ["personas/sre.md", "https://example.com/a.md", undefined],
    ["personas/sre.md", "//example.com/a.md", undefined],
    ["personas/sre.md", "mailto:a@b.c", undefined],
    ["personas/sre.md", "#goals", undefined],
    ["personas/sre.md", "../../outside.md", undefined],
    ["personas/sre.md", "bad%zz.md", undefined],
  ])("resolves %s → %s", (from, href, expected) => {
    expect(resolveLink(from, href)).toBe(expected);
  });

  it("links between folders, encoding each segment", () => {
    expect(relativeLink("personas", "personas/sre.md")).toBe("sre.md");
    expect(relativeLink(".github/prompts", "personas/sre.md")).toBe("../../personas/sre.md");
    expect(relativeLink("", "personas/on call.md")).toBe("personas/on%20call.md");
    expect(relativeLink("docs/personas", "docs/other/x.md")).toBe("../other/x.md");
  });
});
