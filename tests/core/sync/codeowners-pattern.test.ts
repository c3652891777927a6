import { describe, expect, it } from "vitest";
import {
  anchorCodeownersPattern,
  isLiteralPattern,
  literalCodeownersPattern,
  matchesCodeownersPattern,
  parseCodeownersLine,
  unescapePattern,
} from "../../../src/core/sync/codeowners-pattern.js";

// Each row: pattern, paths it must match, paths it must not. The cases follow GitHub's CODEOWNERS
// documentation examples and the gitignore rules it refers to.
const CASES: [string, string[], string[]][] = [
  ["*", ["README.md", "src/a.ts", "a/b/c/d"], []],
  ["*.md", ["README.md", "docs/a.md", "a/b/c.md"], ["a.mdx", "README.md.bak/x.txt"]],
  ["/*.md", ["README.md"], ["docs/a.md"]],
  ["/build/logs/", ["build/logs/a.log", "build/logs/deep/b.log"], ["build/logs", "x/build/logs/a.log"]],
  ["docs/*", ["docs/getting-started.md"], ["docs/build-app/troubleshooting.md", "x/docs/a.md", "docs"]],
  ["apps/", ["apps/a.ts", "x/apps/a.ts", "x/y/apps/z/a.ts"], ["apps", "apps.ts"]],
  ["/docs/", ["docs/a.md", "docs/x/y.md"], ["x/docs/a.md", "docs"]],
  ["/docs", ["docs", "docs/a.md", "docs/x/y.md"], ["x/docs/a.md", "docs.md"]],
  ["docs", ["docs", "docs/a.md", "x/docs/a.md"], ["docs.md", "x/docs.md"]],
  ["**/logs", ["logs", "a/logs", "a/b/logs/c.txt"], ["a/logsx", "xlogs"]],
  ["/scripts/**", ["scripts/a.sh", "scripts/x/b.sh"], ["scripts", "x/scripts/a.sh"]],
  ["docs/**/api.md", ["docs/api.md", "docs/a/api.md", "docs/a/b/api.md"], ["x/docs/api.md", "docs/api.mdx"]],
  ["/personas/sre.md", ["personas/sre.md"], ["personas/sre.md.bak", "x/personas/sre.md", "personas/sre-md"]],
  ["/personas/on\\ call.md", ["personas/on call.md"], ["personas/on\\ call.md", "personas/oncall.md"]],
  ["/notes/\\#1.md", ["notes/#1.md"], ["notes/1.md"]],
  ["f?o", ["foo", "a/fxo"], ["fo", "fooo"]],
  ["f\\*o", ["f*o"], ["foo"]],
  ["/*", ["README.md", "Makefile"], ["src/a.ts"]],
  ["/src/*/index.ts", ["src/a/index.ts"], ["src/index.ts", "src/a/b/index.ts"]],
  ["a.b", ["a.b"], ["axb"]],
];

describe("matchesCodeownersPattern", () => {
  it.each(CASES)("%s", (pattern, matches, misses) => {
    for (const path of matches) expect([pattern, path, matchesCodeownersPattern(pattern, path)]).toEqual([pattern, path, true]);
    for (const path of misses) expect([pattern, path, matchesCodeownersPattern(pattern, path)]).toEqual([pattern, path, false]);
  });

  it("matches nothing for an empty pattern or a lone slash", () => {
    expect(matchesCodeownersPattern("", "a")).toBe(false);
    expect(matchesCodeownersPattern("/", "a")).toBe(false);
  });
});

describe("pattern helpers", () => {
  it("writes a file path as an anchored literal, escaping what CODEOWNERS would read otherwise", () => {
    expect(literalCodeownersPattern("personas/sre.md")).toBe("/personas/sre.md");
    expect(literalCodeownersPattern("personas/on call #2 *.md")).toBe("/personas/on\\ call\\ \\#2\\ \\*.md");
    expect(matchesCodeownersPattern(literalCodeownersPattern("a b/c?.md"), "a b/c?.md")).toBe(true);
    expect(matchesCodeownersPattern(literalCodeownersPattern("a b/c?.md"), "a b/cx.md")).toBe(false);
  });

  it("anchors hand-written patterns at the root and escapes spaces and hashes once", () => {
    expect(anchorCodeownersPattern("services/payments/")).toBe("/services/payments/");
    expect(anchorCodeownersPattern("./runbooks")).toBe("/runbooks");
    expect(anchorCodeownersPattern("/already/anchored")).toBe("/already/anchored");
    expect(anchorCodeownersPattern("docs/on call/*.md")).toBe("/docs/on\\ call/*.md");
    expect(anchorCodeownersPattern("docs/on\\ call/#x")).toBe("/docs/on\\ call/\\#x");
  });

  it("tells literal patterns from globs, and unescapes literals", () => {
    expect(isLiteralPattern("/personas/sre.md")).toBe(true);
    expect(isLiteralPattern("/a\\*b")).toBe(true);
    expect(isLiteralPattern("/docs/*.md")).toBe(false);
    expect(isLiteralPattern("/x?")).toBe(false);
    expect(unescapePattern("/a\\ b/c\\#d")).toBe("a b/c#d");
  });

  it("parses rule lines, skipping comments and blanks and stopping at an inline comment", () => {
    expect(parseCodeownersLine("/docs/ @acme/docs @alice\r")).toEqual({ pattern: "/docs/", owners: ["@acme/docs", "@alice"] });
    expect(parseCodeownersLine("/on\\ call.md  @bob # the on-call doc")).toEqual({ pattern: "/on\\ call.md", owners: ["@bob"] });
    expect(parseCodeownersLine("/unowned")).toEqual({ pattern: "/unowned", owners: [] });
    expect(parseCodeownersLine("# comment")).toBeUndefined();
    expect(parseCodeownersLine("   ")).toBeUndefined();
  });
});
