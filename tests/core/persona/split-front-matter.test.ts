import { afterEach, describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../src/core/persona/split-front-matter.js";

declare global {
  var personaGovPwned: unknown;
}

afterEach(() => {
  delete globalThis.personaGovPwned;
});

describe("splitFrontMatter", () => {
  it("separates YAML front matter and says on which line the body starts", () => {
    const split = splitFrontMatter("p.md", "---\nname: SRE\nsize: 3\n---\n\n## Goals\n");
    expect(split.diagnostics).toEqual([]);
    expect(split.yaml?.value).toEqual({ name: "SRE", size: 3 });
    expect(split.yaml?.locate(["size"])).toEqual({ line: 3, column: 1 });
    expect(split.body).toBe("\n## Goals\n");
    expect(split.bodyLine).toBe(5);
  });

  it("accepts an explicit yaml language and CRLF line endings", () => {
    const split = splitFrontMatter("p.md", "---yaml\r\nname: SRE\r\n---\r\nbody\r\n");
    expect(split.yaml?.value).toEqual({ name: "SRE" });
    expect(split.body).toBe("body\r\n");
    expect(split.bodyLine).toBe(4);
  });

  it("reports YAML errors at their file line", () => {
    const split = splitFrontMatter("p.md", "---\nname: SRE\naliases: [a,\n---\n");
    expect(split.yaml?.errors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("parses empty and comment-only front matter as nothing", () => {
    expect(splitFrontMatter("p.md", "---\n---\nbody").yaml?.value).toBeNull();
    expect(splitFrontMatter("p.md", "---\n# just a comment\n---\nbody").yaml?.value).toBeNull();
  });

  it("reports a document without front matter at line 1 and reads it all as body", () => {
    const split = splitFrontMatter("p.md", "## Goals\n");
    expect(split.diagnostics).toEqual([expect.objectContaining({ rule: "front-matter-missing", line: 1, column: 1 })]);
    expect(split).toMatchObject({ body: "## Goals\n", bodyLine: 1 });
    expect(splitFrontMatter("p.md", "----\nname: x\n----\n").diagnostics[0]?.rule).toBe("front-matter-missing");
  });

  it("reports front matter that is never closed", () => {
    const split = splitFrontMatter("p.md", "---\nname: SRE\n## Goals\n");
    expect(split.diagnostics).toEqual([expect.objectContaining({ rule: "front-matter-missing", message: "the front matter opened on line 1 is never closed" })]);
    expect(split.yaml).toBeUndefined();
  });

  it.each(["js", "javascript", "JS", "json", "coffee", "toml"])("never evaluates `---%s` front matter", (language) => {
    const text = `---${language}\n{ name: (globalThis.personaGovPwned = "ran"), toString() { globalThis.personaGovPwned = "ran"; return "" } }\n---\n## Goals\n`;
    const split = splitFrontMatter("p.md", text);
    expect(globalThis.personaGovPwned).toBeUndefined();
    expect(split.yaml).toBeUndefined();
    expect(split.diagnostics).toEqual([expect.objectContaining({ rule: "front-matter-language", line: 1, column: 4 })]);
    expect(split.body).toBe("## Goals\n");
  });
});
