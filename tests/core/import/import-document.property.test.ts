import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../../src/core/import/import-document.js";
import { frontMatterSchema } from "../../../src/core/persona/front-matter-schema.js";
import { parseYaml } from "../../../src/core/yaml/parse-yaml.js";

/** Markdown-ish lines built from the pieces the importer cares about, so random inputs reach deep paths. */
const heading = fc
  .tuple(
    fc.constantFrom("# ", "## ", "### ", "#### ", "  ### "),
    fc.constantFrom("Role Summary", "Goals", "SRE/On-call: \"Lead\"", "Café (ML)", "Glossary", "README", "", "`x` *y* [z](#goals)"),
  )
  .map(([marker, text]) => marker + text);
const inline = fc
  .array(
    fc.constantFrom("text. More. ", "[a](#goals)", "[b](#goals-1)", "[c][r]", "[^1]", "![i](x.png)", "[d](<#x y>)", "[e](../up.md)", "\\", "]", "(", "`", "<a id=\"x\">", "\uFEFF"),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));
const line = fc.oneof(heading, inline, fc.constantFrom("---", "```", "", "> ### Quoted", "- item", "[r]: #sre", "[^1]: note", "| a | b |", "|---|---|", "Setext", "------"));
const section = fc
  .tuple(heading, fc.constantFrom("### Goals", "### Notes", "### 1. Role summary"), fc.array(line, { maxLength: 12 }))
  .map(([title, first, lines]) => [title.replace(/^\s*#+ /, "## "), first, ...lines]);
const document = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n")).map(([lines, eol]) => lines.join(eol)),
  fc.tuple(fc.array(section, { maxLength: 6 }), fc.constantFrom("\n", "\r\n")).map(([sections, eol]) => sections.flat().join(eol)),
);

describe("importDocument on arbitrary input", () => {
  it("never throws, and every file has valid front matter and exactly one trailing newline", () => {
    fc.assert(
      fc.property(document, (source) => {
        const result = importDocument(source, "doc.md", { personasDir: "personas" });
        for (const persona of result.personas) {
          expect(persona.content).toMatch(/[^\n]\n$/);
          const yaml = parseYaml(/^---\n([\s\S]*?)---\n/.exec(persona.content)?.[1] ?? "");
          expect(yaml.errors).toEqual([]);
          expect(frontMatterSchema.safeParse(yaml.value).success).toBe(true);
        }
        expect(new Set(result.personas.map((p) => p.id)).size).toBe(result.personas.length);
      }),
      { numRuns: 400, seed: 20260101 },
    );
  });
});
