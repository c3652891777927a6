import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { inlineText, plainInlineText } from "../../../src/core/persona/inline-text.js";
import { readMarkdownBody } from "../../../src/core/persona/markdown-body.js";

const body = [
  "## Role Summary", // 10
  "",
  "Keeps [prod](sre.md#goals) healthy.", // 12
  "Also [x](<a b.md>) and ![diagram](img/flow.png).", // 13
  "",
  "> quoted [q](q.md)", // 15
  "",
  "- item [li](li.md)", // 17
  "  continued [c](c.md)", // 18
  "",
  "## Goals ##", // 20
  "",
  "### Sub [h](h.md)", // 22
  "",
  "```",
  "## not a heading [nope](n.md)",
  "```",
  "",
  "See [the ref][r].", // 28
  "",
  "[r]: ../docs/ref.md",
  "",
  "## Goals", // 32
].join("\n");

describe("readMarkdownBody", () => {
  const parsed = readMarkdownBody(body, 10);

  it("lists every heading with file lines and GitHub anchors, numbering repeats", () => {
    expect(parsed.sections.map((s) => [s.heading, s.slug, s.depth, s.line])).toEqual([
      ["Role Summary", "role-summary", 2, 10],
      ["Goals", "goals", 2, 20],
      ["Sub h", "sub-h", 3, 22],
      ["Goals", "goals-1", 2, 32],
    ]);
  });

  it("collects links and images with their file line and column, not those in code", () => {
    expect(parsed.links).toEqual([
      { url: "sre.md#goals", line: 12, column: 7 },
      { url: "a b.md", line: 13, column: 6 },
      { url: "img/flow.png", line: 13, column: 24 },
      { url: "q.md", line: 15, column: 10 },
      { url: "li.md", line: 17, column: 8 },
      { url: "c.md", line: 18, column: 13 },
      { url: "h.md", line: 22, column: 9 },
      { url: "../docs/ref.md", line: 28, column: 5 },
    ]);
  });

  it("gives each section the plain text under it, including its subsections", () => {
    expect(parsed.sections[0]!.text).toBe("Keeps prod healthy.\nAlso x and diagram.\nquoted q\nitem li\ncontinued c");
    expect(parsed.sections[1]!.text).toBe("Sub h\n## not a heading [nope](n.md)\n\nSee the ref.");
    expect(parsed.sections[3]!.text).toBe("");
  });

  it("computes anchors from the rendered text, as GitHub does", () => {
    const slugs = readMarkdownBody("# `code` *em* & [link](x.md)\n## Émoji 🚀 and C++\n## Foo <span>bar</span>\n", 1).sections.map((s) => s.slug);
    expect(slugs).toEqual(["code-em--link", "émoji--and-c", "foo-bar"]);
  });

  it("treats a section holding only an HTML comment as empty", () => {
    const sections = readMarkdownBody("## Goals\n\n<!-- fill this in -->\n\n## Notes\n\n<div>kept</div>\n", 1).sections;
    expect(sections.map((s) => s.text)).toEqual(["", "<div>kept</div>"]);
  });

  it("reads tables with the line and column of each cell", () => {
    const { tables, links } = readMarkdownBody("| Phase | Tools |\n|---|---|\n| testing | jest, [vitest](v.md) |\n| building |\n", 5);
    expect(tables).toEqual([
      {
        line: 5,
        header: [
          { text: "Phase", line: 5, column: 3 },
          { text: "Tools", line: 5, column: 11 },
        ],
        rows: [
          [
            { text: "testing", line: 7, column: 3 },
            { text: "jest, vitest", line: 7, column: 13 },
          ],
          [
            { text: "building", line: 8, column: 3 },
            { text: "", line: 8, column: 13 },
          ],
        ],
      },
    ]);
    expect(links).toEqual([{ url: "v.md", line: 7, column: 19 }]);
  });

  it("handles CRLF line endings", () => {
    const parsed = readMarkdownBody("## A\r\n\r\ntext [l](l.md)\r\n", 3);
    expect(parsed.sections[0]).toMatchObject({ line: 3, text: "text l" });
    expect(parsed.links).toEqual([{ url: "l.md", line: 5, column: 6 }]);
  });
});

describe("plainInlineText", () => {
  // The parser skips inline parsing for content without inline syntax; the text must not change.
  const reference = new MarkdownIt("commonmark", { html: true }).enable(["table", "strikethrough"]);
  const plainCharacter = fc.constantFrom(..."abcXYZ019 \t\n.,;:'\"()-+=#%@$^{}|/?".split(""));

  it("gives exactly what markdown-it's inline parser gives for plain content", () => {
    fc.assert(
      fc.property(fc.array(plainCharacter, { maxLength: 60 }), (chars) => {
        const content = chars.join("").trim();
        const [inline] = reference.parseInline(content, {});
        expect(plainInlineText(content)).toBe(inlineText(inline!.children));
      }),
      { numRuns: 500 },
    );
  });
});
