import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { mergeCodeowners } from "../../../src/core/sync/merge-codeowners.js";
import { renderCodeownersBlock, type CodeownersBlock } from "../../../src/core/sync/render-codeowners-block.js";
import { persona } from "../../support/persona-builder.js";

const config = defaultConfig();
const paths = new Set(["personas/sre.md", "runbooks/restart.md", "runbooks/deep/x.md", "src/app.ts"]);
const block = renderCodeownersBlock([persona({ id: "sre", champions: ["@acme/sre"], paths: ["runbooks/"] })], config, { paths });
const blockText = block.lines.join("\n");
const FILE = ".github/CODEOWNERS";

/** A block with other rules, standing in for what an earlier sync wrote. */
function oldBlock(...rules: string[]): string {
  return [block.lines[0], ...rules, block.lines.at(-1)].join("\n");
}

describe("mergeCodeowners", () => {
  it("creates the file with just the block when there is none", () => {
    expect(mergeCodeowners(undefined, block, FILE)).toMatchObject({ content: `${blockText}\n`, status: "created", warnings: [] });
  });

  it("appends the block at the end, after a blank line, keeping everything before it byte for byte", () => {
    const existing = "# Owners\n*   @acme/everyone  \n\n/src/ @acme/dev\n";
    const { content, status } = mergeCodeowners(existing, block, FILE);
    expect(status).toBe("appended");
    expect(content).toBe(`${existing}\n${blockText}\n`);
  });

  it("appends to a file without a final newline without touching its last line's bytes", () => {
    const existing = "* @acme/everyone   ";
    expect(mergeCodeowners(existing, block, FILE).content).toBe(`${existing}\n\n${blockText}\n`);
  });

  it("writes the block with CRLF into a CRLF file", () => {
    const existing = "* @acme/everyone\r\n";
    const { content } = mergeCodeowners(existing, block, FILE);
    expect(content).toBe(`${existing}\r\n${block.lines.join("\r\n")}\r\n`);
    expect(content.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("replaces an existing block in place, keeping CRLF, trailing spaces and a missing final newline outside it", () => {
    const before = "# team rules \r\n* @acme/everyone\t\r\n\r\n";
    const after = "\r\n/docs/ @acme/docs  \r\n# last line, no newline";
    const existing = `${before}${oldBlock("/personas/old.md @bob").replace(/\n/g, "\r\n")}${after}`;
    const { content, status, previousRules } = mergeCodeowners(existing, block, FILE);
    expect(status).toBe("replaced");
    expect(content).toBe(`${before}${block.lines.join("\r\n")}${after}`);
    expect(previousRules).toEqual([{ pattern: "/personas/old.md", owners: ["@bob"] }]);
  });

  it("is stable: merging into its own output changes nothing", () => {
    const once = mergeCodeowners("* @acme/everyone\n", block, FILE).content;
    expect(mergeCodeowners(once, block, FILE).content).toBe(once);
    const crlf = mergeCodeowners("* @acme/everyone\r\n", block, FILE).content;
    expect(mergeCodeowners(crlf, block, FILE).content).toBe(crlf);
  });

  it("says nothing about hand-written rules before the block: the block overrides them", () => {
    const existing = `*.md @acme/docs\n/runbooks/ @acme/ops\n${oldBlock()}\n`;
    expect(mergeCodeowners(existing, block, FILE).warnings).toEqual([]);
  });

  it("warns about each hand-written rule after the block that covers generated paths, with its line", () => {
    const existing = [oldBlock(), "# hand-written", "*.md @acme/docs", "/src/ @acme/dev", "runbooks/deep/ @acme/ops", ""].join("\n");
    const { warnings } = mergeCodeowners(existing, block, FILE);
    expect(warnings).toEqual([
      expect.objectContaining({ file: FILE, line: 4, rule: "codeowners-overridden" }),
      expect.objectContaining({ file: FILE, line: 6, rule: "codeowners-overridden" }),
    ]);
    expect(warnings[0]?.message).toContain('"*.md" comes after the persona-governance block and matches personas/sre.md and 2 more generated paths');
    expect(warnings[0]?.message).toContain("move it above the persona-governance block, or remove it");
    expect(warnings[1]?.message).toContain("matches runbooks/deep/x.md,");
  });

  it.each([
    ["a BEGIN without an END", "# BEGIN persona-governance (generated)\n/x @a\n", 1, "a BEGIN marker without an END marker"],
    ["an END without a BEGIN", "* @a\n# END persona-governance\n", 2, "an END marker without a BEGIN marker"],
    ["two blocks", `${oldBlock()}\n${oldBlock()}\n`, 1, "2 BEGIN and 2 END markers"],
    ["END before BEGIN", "# END persona-governance\n# BEGIN persona-governance (generated)\n", 1, "the END marker before the BEGIN marker"],
  ])("leaves the file alone, with a warning, for %s", (_name, existing, line, problem) => {
    const result = mergeCodeowners(existing, block, FILE);
    expect(result.content).toBe(existing);
    expect(result.status).toBe("malformed");
    expect(result.warnings).toEqual([expect.objectContaining({ file: FILE, line, rule: "codeowners-malformed-block" })]);
    expect(result.warnings[0]?.message).toContain(problem);
  });

  it("recognises markers with trailing spaces or CR", () => {
    const existing = "# BEGIN persona-governance (generated)  \r\n/old @a\r\n# END persona-governance \r\n";
    expect(mergeCodeowners(existing, block, FILE).status).toBe("replaced");
  });

  it("keeps an empty block valid", () => {
    const empty: CodeownersBlock = renderCodeownersBlock([], config, { paths });
    expect(mergeCodeowners("", empty, FILE).content).toBe(`${empty.lines.join("\n")}\n`);
  });
});
