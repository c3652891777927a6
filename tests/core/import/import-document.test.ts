import { describe, expect, it } from "vitest";
import { importDocument, type ImportResult } from "../../../src/core/import/import-document.js";
import { frontMatterSchema } from "../../../src/core/persona/front-matter-schema.js";
import { parseYaml } from "../../../src/core/yaml/parse-yaml.js";

const opts = { personasDir: "personas" };

function persona(name: string, body = "### Role Summary\n\nBuilds things.\n"): string {
  return `## ${name}\n\n${body}\n`;
}

function contentOf(result: ImportResult, id: string): string {
  const found = result.personas.find((p) => p.id === id);
  if (!found) throw new Error(`no persona ${id} in ${result.personas.map((p) => p.id).join(", ")}`);
  return found.content;
}

function bodyOf(result: ImportResult, id: string): string {
  return contentOf(result, id).replace(/^---\n[\s\S]*?\n---\n\n/, "");
}

function frontMatterOf(result: ImportResult, id: string): unknown {
  const match = /^---\n([\s\S]*?)---\n/.exec(contentOf(result, id));
  return parseYaml(match?.[1] ?? "").value;
}

describe("importDocument", () => {
  it("turns each persona section into a file with front matter and lifted headings", () => {
    const result = importDocument(persona("Backend Developer", "### Role Summary\n\nShips services. Often.\n\n#### Details\n\nMore."), "doc.md", opts);
    expect(result.personas).toEqual([
      expect.objectContaining({ id: "backend-developer", name: "Backend Developer", file: "personas/backend-developer.md" }),
    ]);
    expect(bodyOf(result, "backend-developer")).toBe("## Role Summary\n\nShips services. Often.\n\n### Details\n\nMore.\n");
    expect(frontMatterOf(result, "backend-developer")).toEqual({
      name: "Backend Developer",
      id: "backend-developer",
      status: "active",
      summary: "Ships services.",
      champions: [],
    });
  });

  it("writes front matter the persona schema accepts, quoting names that need it", () => {
    const result = importDocument(persona("Lead: Platform #1") + persona("SRE/On-call Engineer") + persona("Data Scientist (ML)"), "doc.md", opts);
    expect(result.personas.map((p) => p.name)).toEqual(["Lead: Platform #1", "SRE/On-call Engineer", "Data Scientist (ML)"]);
    for (const p of result.personas) {
      const parsed = frontMatterSchema.safeParse(frontMatterOf(result, p.id));
      expect(parsed.success, p.id).toBe(true);
      expect(parsed.data?.name).toBe(p.name);
    }
    expect(result.personas.map((p) => p.id)).toEqual(["lead-platform-1", "sreon-call-engineer", "data-scientist-ml"]);
  });

  it("keeps the title and introduction out, and skips sections without persona subsections", () => {
    const source = "# Personas\n\nIntro text.\n\n## Glossary\n\n### Terms\n\nSLO: a target.\n\n" + persona("SRE");
    const result = importDocument(source, "doc.md", opts);
    expect(result.personas.map((p) => p.id)).toEqual(["sre"]);
    expect(result.skipped).toEqual([{ heading: "Glossary", line: 5 }]);
    expect(contentOf(result, "sre")).not.toContain("Intro text");
  });

  it("ends a section at a later H1 and drops trailing thematic breaks", () => {
    const source = `${persona("SRE")}---\n\n***\n\n# Appendix\n\nNot a persona.\n`;
    const content = contentOf(importDocument(source, "doc.md", opts), "sre");
    expect(content.endsWith("Builds things.\n")).toBe(true);
    expect(content).not.toContain("Appendix");
  });

  it("normalises CRLF line endings and a byte-order mark, keeping source line numbers", () => {
    const source = "\uFEFF## SRE\r\n\r\n### Goals\r\n\r\nSee [x](#nowhere).\r\n";
    const result = importDocument(source, "doc.md", opts);
    expect(contentOf(result, "sre")).not.toContain("\r");
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: "broken-anchor", line: 5, column: 5 })]);
  });

  it("rewrites anchors to other personas, to their subsections and within the same persona", () => {
    const source = [
      persona("Web Developer", "### Goals\n\nFast pages. See [SRE](#sre), [their goals](#goals-1) and [ours](#goals)."),
      persona("SRE", "### Goals\n\nFew pages. [Back](#web-developer) or [self](#sre)."),
    ].join("");
    const result = importDocument(source, "doc.md", opts);
    expect(bodyOf(result, "web-developer")).toContain("See [SRE](sre.md), [their goals](sre.md#goals) and [ours](#goals).");
    expect(bodyOf(result, "sre")).toContain("[Back](web-developer.md) or [self](sre.md).");
    expect(result.diagnostics).toEqual([]);
  });

  it("copies reference definitions a persona uses from elsewhere, rewritten for its file", () => {
    const source = `${persona("Web Developer", "### Goals\n\nAsk [the SRE][sre] or [the docs][docs].")}## Links\n\n[sre]: #sre\n[docs]: https://example.com/docs\n\n${persona("SRE")}`;
    const result = importDocument(source, "doc.md", opts);
    expect(bodyOf(result, "web-developer")).toBe(
      "## Goals\n\nAsk [the SRE][sre] or [the docs][docs].\n\n[sre]: sre.md\n[docs]: https://example.com/docs\n",
    );
    expect(result.skipped).toEqual([{ heading: "Links", line: 6 }]);
  });

  it("keeps relative links and images pointing at the same files from the new folder", () => {
    const body = "### Goals\n\nSee [runbook](runbooks/a.md#x), ![chart](img/c.png), [b][ref] and [site](https://x.org).\n\n[ref]: <shared/b c.md>";
    const result = importDocument(persona("SRE", body), "docs/all.md", opts);
    expect(bodyOf(result, "sre")).toBe(
      "## Goals\n\nSee [runbook](../docs/runbooks/a.md#x), ![chart](../docs/img/c.png), [b][ref] and [site](https://x.org).\n\n[ref]: <../docs/shared/b c.md>\n",
    );
    expect(bodyOf(importDocument(persona("SRE", body), "personas/all.md", opts), "sre")).toContain("[runbook](runbooks/a.md#x)");
  });

  it("reports a broken anchor at its source position with the nearest anchor, and keeps it", () => {
    const source = persona("SRE", "### Goals\n\nSee the [goals](#gaols) and [this](#completely-unrelated-words).");
    const result = importDocument(source, "docs/all.md", opts);
    expect(bodyOf(result, "sre")).toContain("[goals](#gaols) and [this](#completely-unrelated-words)");
    expect(result.diagnostics).toEqual([
      { file: "docs/all.md", line: 5, column: 9, severity: "warning", rule: "broken-anchor", message: 'the link to "#gaols" points to no heading in docs/all.md; it was kept as written', suggestion: "did you mean #goals?" },
      { file: "docs/all.md", line: 5, column: 29, severity: "warning", rule: "broken-anchor", message: 'the link to "#completely-unrelated-words" points to no heading in docs/all.md; it was kept as written' },
    ]);
  });

  it("warns about anchors into the title or skipped sections", () => {
    const source = `# All personas\n\n${persona("SRE", "### Goals\n\n[Top](#all-personas)")}`;
    const result = importDocument(source, "doc.md", opts);
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: "anchor-not-imported", line: 7, column: 1 })]);
    expect(bodyOf(result, "sre")).toContain("[Top](#all-personas)");
  });

  it("reports a shared definition's broken anchor once, though two personas copy it", () => {
    const source = `${persona("A", "### Goals\n\n[x][r]")}${persona("B", "### Goals\n\n[y][r]")}## Notes\n\n[r]: #missing\n`;
    const result = importDocument(source, "doc.md", opts);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["broken-anchor"]);
    expect(bodyOf(result, "a")).toContain("[r]: #missing");
    expect(bodyOf(result, "b")).toContain("[r]: #missing");
  });

  it("leaves code, nested headings and non-anchor links alone", () => {
    const body = "### Goals\n\n`[a](#goals)`\n\n```md\n### Not a heading [b](#goals)\n```\n\n> ### Quoted\n\n[site](https://example.com/#goals)";
    expect(bodyOf(importDocument(persona("SRE", body), "doc.md", opts), "sre")).toBe(`${body.replace("### Goals", "## Goals")}\n`);
  });

  it("resolves percent-encoded anchors and folds non-kebab slugs into valid ids", () => {
    const source = persona("Café Ops") + persona("QA & Test", "### Goals\n\n[ops](#caf%C3%A9-ops)") + persona("README");
    const result = importDocument(source, "doc.md", opts);
    expect(result.personas.map((p) => p.id)).toEqual(["cafe-ops", "qa-test", "readme-2"]);
    expect(bodyOf(result, "qa-test")).toContain("[ops](cafe-ops.md)");
  });

  it("numbers personas with the same heading like GitHub does", () => {
    const result = importDocument(persona("SRE") + persona("SRE"), "doc.md", opts);
    expect(result.personas.map((p) => p.file)).toEqual(["personas/sre.md", "personas/sre-1.md"]);
  });

  it("accepts setext persona headings", () => {
    const result = importDocument("Support Engineer\n----------------\n\n### Goals\n\nQuick answers.\n", "doc.md", opts);
    expect(result.personas.map((p) => p.name)).toEqual(["Support Engineer"]);
    expect(bodyOf(result, "support-engineer")).toBe("## Goals\n\nQuick answers.\n");
  });

  it("leaves out a summary that is too long, and one without a Role Summary", () => {
    const long = `### Role Summary\n\n${"Very long words ".repeat(12)}end.`;
    const result = importDocument(persona("A", long) + persona("B", "### Goals\n\nShort."), "doc.md", opts);
    expect(frontMatterOf(result, "a")).not.toHaveProperty("summary");
    expect(frontMatterOf(result, "b")).not.toHaveProperty("summary");
  });

  it("places files in the given folder", () => {
    expect(importDocument(persona("SRE"), "d.md", { personasDir: "docs/personas/" }).personas[0]?.file).toBe("docs/personas/sre.md");
    expect(importDocument(persona("SRE"), "d.md", { personasDir: "." }).personas[0]?.file).toBe("sre.md");
  });

  it("is an error when nothing looks like a persona", () => {
    expect(importDocument("Just text.\n", "d.md", opts)).toEqual({
      personas: [],
      skipped: [],
      diagnostics: [expect.objectContaining({ rule: "no-personas", severity: "error", line: 1, message: "found no H2 sections" })],
    });
    const two = importDocument("## One\n\ntext\n\n## Two\n\n### Notes\n", "d.md", opts);
    expect(two.diagnostics[0]?.message).toBe("found 2 H2 sections, none of which looks like a persona");
    expect(two.skipped.map((s) => s.heading)).toEqual(["One", "Two"]);
  });

  it("ends every file with exactly one newline", () => {
    const result = importDocument(`${persona("A", "### Goals\n\ntext\n\n\n\n")}\n\n\n`, "d.md", opts);
    expect(contentOf(result, "a")).toMatch(/[^\n]\n$/);
  });
});
