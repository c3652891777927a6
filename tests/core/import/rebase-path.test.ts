import { describe, expect, it } from "vitest";
import { isRelativeReference, parentFolder, rebaseRelativePath } from "../../../src/core/import/rebase-path.js";

describe("rebaseRelativePath", () => {
  it.each([
    ["runbooks/oncall.md", "docs", "personas", "../docs/runbooks/oncall.md"],
    ["runbooks/oncall.md#paging", "", "personas", "../runbooks/oncall.md#paging"],
    ["../img/a.png?raw=1", "docs/handbook", "personas", "../docs/img/a.png?raw=1"],
    ["./personas/sre.md", "", "personas", "sre.md"],
    ["guides/", "docs", "docs/personas", "../guides/"],
    ["docs", "", "docs/personas", ".."],
    ["my%20notes.md", "", "a/b", "../../my%20notes.md"],
    ["./same.md", "docs/", "docs", "./same.md"],
  ])("rebases %j from %j to %j", (destination, from, to, expected) => {
    expect(rebaseRelativePath(destination, from, to)).toBe(expected);
  });

  it("gives up on folders it cannot relate", () => {
    expect(rebaseRelativePath("a.md", "/abs/docs", "personas")).toBeUndefined();
    expect(rebaseRelativePath("a.md", "docs", "../elsewhere")).toBeUndefined();
    expect(rebaseRelativePath("../../../a.md", "docs", "personas")).toBeUndefined();
  });
});

describe("isRelativeReference", () => {
  it("accepts paths and rejects URLs, anchors and absolute paths", () => {
    expect(["a.md", "./a", "../b/c.png", "www.example.com"].every(isRelativeReference)).toBe(true);
    expect(["https://x.org", "mailto:a@b.c", "#top", "/root.md", "?q=1", ""].some(isRelativeReference)).toBe(false);
  });
});

describe("parentFolder", () => {
  it("drops the file name", () => {
    expect([parentFolder("docs/all.md"), parentFolder("all.md")]).toEqual(["docs", ""]);
  });
});
