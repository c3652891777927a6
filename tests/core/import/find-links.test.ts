import { describe, expect, it } from "vitest";
import { findLinks } from "../../../src/core/import/find-links.js";
import { parseSource } from "../../../src/core/import/parse-source.js";

function destinations(source: string): (string | undefined)[] {
  return findLinks(parseSource(source), source).map((l) => (l.destination ? source.slice(l.destination.start, l.destination.end) : undefined));
}

describe("findLinks", () => {
  it("locates the destination of inline links in their various forms", () => {
    const source = '[a](#one) [b](#two "Title") [](#three) [c](<#four>) [d]( #five ) [*e* `f`](#six) [g](\\#seven) [h](#a(b))';
    expect(destinations(source)).toEqual(["#one", "#two", "#three", "#four", "#five", "#six", "\\#seven", "#a(b)"]);
  });

  it("locates the destination of reference definitions, also on the next line", () => {
    const source = '[x]: #one "t"\n[y\\]z]:\n  <#two>\n[w]: https://example.com\n\n[x] [y\\]z]';
    expect(destinations(source)).toEqual(["#one", "#two", "https://example.com"]);
  });

  it("finds links inside lists, tables, quotes and footnotes, with their position", () => {
    const source = "- [a](#one)\n\n| x |\n| - |\n| [b](#two) |\n\n> [c](#three)\n\nNote[^1]\n\n[^1]: [d](#four)\n";
    const links = findLinks(parseSource(source), source);
    expect(links.map((l) => [l.fragment, l.line, l.column])).toEqual([
      ["one", 1, 3],
      ["two", 5, 3],
      ["three", 7, 3],
      ["four", 11, 7],
    ]);
  });

  it("decodes percent-encoding in the fragment, and treats a bare # or an image as no anchor", () => {
    const source = "[a](#caf%C3%A9) [b](#) [c](#100%) ![d](#e) [f](g.md#h)";
    expect(findLinks(parseSource(source), source).map((l) => l.fragment)).toEqual(["café", undefined, "100%", undefined, undefined]);
  });

  it("locates the destination of images, whose alt text has no positions", () => {
    expect(destinations('![a [b] \\] c](img/x.png "t") ![](<y z.png>)')).toEqual(["img/x.png", "y z.png"]);
  });

  it("does not offer to rewrite a destination written as an entity", () => {
    expect(destinations("[a](&#35;goals)")).toEqual([undefined]);
  });
});
