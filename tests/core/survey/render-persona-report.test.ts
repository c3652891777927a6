import { readFileSync, writeFileSync } from "node:fs";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { renderOverviewReport } from "../../../src/core/survey/render-overview-report.js";
import { renderPersonaReport } from "../../../src/core/survey/render-persona-report.js";
import { analyseFixture, FIXTURE_DIR } from "./fixture-analysis.js";

const analysis = analyseFixture();
const persona = (id: string) => analysis.personas.find((candidate) => candidate.id === id)!;

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function nodesOf(tree: Nodes): Nodes[] {
  const children = "children" in tree ? (tree.children as Nodes[]) : [];
  return [tree, ...children.flatMap(nodesOf)];
}

// Our own HTML: the collapsible sections and line breaks in table cells. Anything else came from a respondent.
const OWN_HTML = /^(<details>\n<summary>[^<]*<\/summary>|<\/details>|<br>)$/;

function assertSafe(markdown: string): void {
  const nodes = nodesOf(parse(markdown));
  expect(nodes.filter((node) => node.type === "html" && !OWN_HTML.test(node.value)).map((node) => (node as { value: string }).value)).toEqual([]);
  expect(nodes.filter((node) => node.type === "text" && /(^|[^\p{L}\p{N}_])@[A-Za-z0-9]/u.test(node.value))).toEqual([]);
  expect(nodes.filter((node) => node.type === "link" && !/^[a-z-]+\.md$/.test(node.url))).toEqual([]);
  expect(markdown.match(/<details>/g)?.length).toBe(markdown.match(/<\/details>/g)?.length);
}

describe("renderPersonaReport", () => {
  it("matches the golden report for the backend persona", () => {
    const golden = new URL("expected-backend-report.md", FIXTURE_DIR);
    const report = renderPersonaReport(analysis, persona("backend"), { overviewLink: "README.md" });
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, report);
    expect(report).toBe(readFileSync(golden, "utf8"));
  });

  it.each(["backend", "sre", "web"])("lets no respondent text ping, inject HTML or links, or break out (%s)", (id) => {
    assertSafe(renderPersonaReport(analysis, persona(id)));
  });

  it("keeps respondents' hostile text readable, escaped", () => {
    const report = renderPersonaReport(analysis, persona("sre"));
    expect(report).toContain("\\<script\\>alert(1)\\</script\\> \\</details\\> \\| breaks \\| tables");
    expect(report).toContain("@\u200Dalice");
  });

  it("warns about a small sample in plain words", () => {
    expect(renderPersonaReport(analysis, persona("web"))).toContain(
      "> [!WARNING]\n> Only 3 people answered; treat these figures as anecdotes, not trends.",
    );
  });

  it("limits the raw comments listed when asked, saying how many there are", () => {
    const report = renderPersonaReport(analysis, persona("backend"), { commentsPerCategory: 1 });
    expect(report).toContain("Showing 1 of 2 comments");
  });

  it("can be embedded one heading level down", () => {
    const report = renderPersonaReport(analysis, persona("backend"), { headingLevel: 2 });
    expect(report.startsWith("## Backend Developer: survey results (2026-H2)")).toBe(true);
    expect(report).toContain("\n### Top pain points\n");
  });
});

describe("renderOverviewReport", () => {
  const overview = renderOverviewReport(analysis);

  it("links each persona's report and shows its top pain point", () => {
    expect(overview).toContain("| [SRE](sre.md) | 4 | 4 | Monitoring and alerting (75%) |");
  });

  it("lists the unknown persona answers so the mapping can be fixed", () => {
    expect(overview).toContain("| Data Wizard | 2 |");
  });

  it("gives each tool's owners every comment naming it, without pinging them", () => {
    expect(overview).toContain("| Jenkins | @\u200Dacme/ci | building | 1 | backend, sre |");
    expect(overview).toContain("<summary>Comments naming Jenkins (1)</summary>");
  });

  it("says what the analysis does not tell you", () => {
    expect(overview).toContain("## What this analysis does not tell you");
    expect(overview).toMatch(/3 respondents of 13 \(23%\) named no known persona \(1 left the question empty\)/);
  });

  it("lets no respondent text ping, inject HTML or links, or break out", () => {
    assertSafe(overview);
  });
});
