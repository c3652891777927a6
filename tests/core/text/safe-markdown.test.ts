import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import {
  detailsBlock,
  escapeHtml,
  escapeMarkdownInline,
  inlineCode,
  neutralizeMentions,
  quoteBlock,
  safeDetailsText,
  safeInline,
  tableCell,
} from "../../../src/core/text/safe-markdown.js";

// GitHub's own parser is not available offline; micromark with GFM follows the same CommonMark + GFM
// specification, so what escapes it escapes GitHub too.
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function nodesOf(tree: Nodes): Nodes[] {
  const children = "children" in tree ? (tree.children as Nodes[]) : [];
  return [tree, ...children.flatMap(nodesOf)];
}

function textOf(tree: Nodes): string {
  if ("value" in tree && typeof tree.value === "string") return tree.value;
  return "children" in tree ? (tree.children as Nodes[]).map(textOf).join("") : "";
}

const DANGEROUS_NODES = new Set(["html", "link", "image", "linkReference", "imageReference", "inlineCode", "code", "emphasis", "strong", "delete", "heading", "list", "table", "footnoteReference", "inlineMath", "math"]);
const PINGS = /(^|[^\p{L}\p{N}_])@[A-Za-z0-9]/u;

function dangerous(tree: Nodes, allowed: readonly string[] = []): string[] {
  return nodesOf(tree)
    .filter((node) => DANGEROUS_NODES.has(node.type) && !allowed.includes(node.type))
    .map((node) => node.type);
}

function pings(tree: Nodes): string[] {
  return nodesOf(tree)
    .filter((node) => node.type === "text" && PINGS.test(node.value))
    .map(textOf);
}

// Text that tries everything: Markdown and HTML syntax, mentions, line breaks, entities.
const hostileText = fc.string({
  unit: fc.constantFrom(..."ab1 @/\\`*_[]()<>#|~&$!-+=.:\n\r\t\"'".split(""), "</details>", "<br>", "&lt;", "```", "@alice", "@acme/team", "http://x.example", "www.x.example", "https://a.example/b_c"),
  maxLength: 60,
});

describe("neutralizeMentions", () => {
  it.each(["@alice", "cc @acme/ci-team please", "(@bob)", "mail me: a@b.example", "@-dash"])("leaves no live mention in %j", (text) => {
    expect(neutralizeMentions(text)).not.toMatch(/@[\p{L}\p{N}_-]/u);
  });

  it("keeps the text readable and is idempotent", () => {
    const once = neutralizeMentions("thanks @alice");
    expect(once.replace(/\u200D/g, "")).toBe("thanks @alice");
    expect(neutralizeMentions(once)).toBe(once);
  });
});

describe("escapeMarkdownInline", () => {
  it("renders every character literally inside a paragraph", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const line = escapeMarkdownInline(text);
        const tree = parse(`Before ${line} after`);
        expect(dangerous(tree)).toEqual([]);
        expect(tree.children).toHaveLength(1);
        const expected = `Before ${text.replace(/\r\n|\r|\n/g, " ").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")} after`;
        const shown = textOf(tree).replace(/\u200D/g, "");
        // Markdown collapses nothing inside a line except spaces before a line end, and there are none here.
        expect(shown.replace(/\s+/g, " ")).toBe(expected.replace(/\s+/g, " ").trim());
      }),
    );
  });

  it.each([
    ["- item", "\\- item"],
    ["1. first", "1\\. first"],
    ["# heading", "\\# heading"],
    ["[a](b)", "\\[a\\](b)"],
    ["see https://wiki.example/a_b", "see https:\u200D//wiki.example/a\\_b"],
    ["www.example.com", "www\u200D.example.com"],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });
});

describe("tableCell", () => {
  it("keeps every value in its own cell of one row, with no HTML but <br> and no pings", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const tree = parse(`| A | B |\n|---|---|\n| ${tableCell(text)} | end |\n\nafter`);
        const table = tree.children[0];
        expect(table?.type).toBe("table");
        if (table?.type !== "table") return;
        expect(table.children).toHaveLength(2);
        expect(table.children[1]!.children).toHaveLength(2);
        expect(textOf(table.children[1]!.children[1]!)).toBe("end");
        const nodes = nodesOf(table);
        expect(nodes.filter((node) => node.type === "html").every((node) => textOf(node) === "<br>")).toBe(true);
        expect(dangerous(table, ["html", "table"])).toEqual([]);
        expect(pings(table)).toEqual([]);
      }),
    );
  });

  it("turns line breaks into <br> and escapes pipes", () => {
    expect(tableCell("one | two\r\nthree")).toBe("one \\| two<br>three");
  });
});

describe("safeDetailsText and detailsBlock", () => {
  it("cannot close the <details> block early or open anything that swallows it", () => {
    fc.assert(
      fc.property(hostileText, hostileText, (summary, text) => {
        const markdown = `${detailsBlock(summary, safeDetailsText(text))}\n\nAFTER`;
        const tree = parse(markdown);
        const last = tree.children[tree.children.length - 1]!;
        expect(last.type).toBe("paragraph");
        expect(textOf(last)).toBe("AFTER");
        const html = nodesOf(tree).filter((node) => node.type === "html").map(textOf);
        expect(html.filter((value) => value.includes("</details>"))).toEqual(["</details>"]);
        expect(html.filter((value) => /<(?!\/?details>|summary>|\/summary>)/.test(value.replace(/<summary>.*<\/summary>/s, "")))).toEqual([]);
        expect(dangerous(tree, ["html"])).toEqual([]);
        expect(pings(tree)).toEqual([]);
      }),
    );
  });

  it("escapes HTML in the summary", () => {
    expect(detailsBlock("<b>x</b> @alice", "body")).toContain("<summary>&lt;b&gt;x&lt;/b&gt; @\u200Dalice</summary>");
  });
});

describe("quoteBlock", () => {
  it("stays one blockquote with nothing live inside", () => {
    fc.assert(
      fc.property(hostileText.filter((text) => text.trim() !== ""), (text) => {
        const tree = parse(`${quoteBlock(text)}\n\nAFTER`);
        expect(tree.children.map((node) => node.type)).toEqual(["blockquote", "paragraph"]);
        expect(dangerous(tree.children[0]!)).toEqual([]);
        expect(pings(tree.children[0]!)).toEqual([]);
      }),
    );
  });

  it("keeps paragraphs", () => {
    expect(quoteBlock("one\n\n\ntwo")).toBe("> one\n>\n> two");
  });
});

describe("escapeHtml, safeInline and inlineCode", () => {
  it("escapes the HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("neutralises and escapes in one go", () => {
    expect(safeInline("**@alice**")).toBe("\\*\\*@\u200Dalice\\*\\*");
  });

  it("fences a code span longer than any backtick run inside it", () => {
    const tree = parse(`x ${inlineCode("a `` b")} y`);
    const code = nodesOf(tree).find((node) => node.type === "inlineCode");
    expect(code && textOf(code)).toBe("a `` b");
  });
});
