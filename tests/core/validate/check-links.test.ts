import { describe, expect, it } from "vitest";
import { ALL_SECTIONS } from "../../support/persona-builder.js";
import { findings, validate, validDoc } from "./validate-helpers.js";

/** A valid doc whose Role Summary is `text`; the text starts on line 7, column 1. */
const withText = (name: string, text: string) => validDoc({ name }, { sections: { ...ALL_SECTIONS, "Role Summary": text } });
const web = validDoc({ name: "Web" }, { sections: { ...ALL_SECTIONS, "Goals": "x", "Goals ": "repeat" } });

describe("broken-link", () => {
  it("reports a relative link to a missing file at its position, suggesting a near file", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "See [web](webb.md#goals)."), "personas/web.md": web });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: "broken-link", file: "personas/sre.md", line: 9, column: 5, message: "link `webb.md#goals` points to `personas/webb.md`, which does not exist", suggestion: "did you mean `web.md#goals`?" }),
    ]);
  });

  it("suggests a persona doc of the same name in another folder", () => {
    const report = validate({ "personas/team/sre.md": withText("SRE", "[web](web.md)"), "personas/web.md": web });
    expect(findings(report, "broken-link")[0]?.[3]).toBe("did you mean `../web.md`?");
  });

  it.each([
    ["a sibling", "web.md"],
    ["a path with ./ and ../", "./../personas/./web.md"],
    ["a root-relative path", "/docs/run%20books.md"],
    ["a percent-encoded name", "../docs/run%20books.md"],
    ["a query string", "web.md?plain=1"],
    ["a directory", "../docs/"],
    ["a directory without slash", "../docs"],
    ["the root", "/"],
    ["an https URL", "https://example.com/missing.md"],
    ["a mailto link", "mailto:sre@example.com"],
    ["a protocol-relative URL", "//example.com/x.md"],
    ["an empty destination", ""],
    ["an image that exists", "../docs/diagram.png"],
  ])("accepts %s", (_name, url) => {
    const report = validate({ "personas/sre.md": withText("SRE", `[x](<${url}>)`), "personas/web.md": web }, ["docs/run books.md", "docs/diagram.png"]);
    expect(report.diagnostics).toEqual([]);
  });

  it("reports a link that climbs out of the repository", () => {
    expect(findings(validate({ "personas/sre.md": withText("SRE", "[x](../../etc/passwd)") }), "broken-link")).toEqual([
      ["personas/sre.md", 9, "link `../../etc/passwd` points outside the repository", "link to a file inside the repository, or use a full https:// URL"],
    ]);
  });

  it("checks images and reference-style links", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "![flow](flow.png) and [ref][r]\n\n[r]: gone.md") });
    expect(findings(report, "broken-link").map((f) => f[2])).toEqual([
      "link `flow.png` points to `personas/flow.png`, which does not exist",
      "link `gone.md` points to `personas/gone.md`, which does not exist",
    ]);
  });
});

describe("broken-anchor", () => {
  it("reports an anchor that matches no heading of the target, suggesting the nearest", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "See [web](web.md#goal)."), "personas/web.md": web });
    expect(findings(report, "broken-anchor")).toEqual([
      ["personas/sre.md", 9, "link `web.md#goal`: `personas/web.md` has no heading with the anchor `#goal`", "did you mean `web.md#goals`?"],
    ]);
  });

  it("knows GitHub's numbering of repeated headings", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "[a](web.md#goals-1) [b](web.md#goals-2)"), "personas/web.md": web });
    expect(findings(report, "broken-anchor").map((f) => f[2])).toEqual(["link `web.md#goals-2`: `personas/web.md` has no heading with the anchor `#goals-2`"]);
  });

  it("checks anchors within the same document", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "[up](#role-summary) [down](#respnsibilities) [top](#top)") });
    expect(findings(report, "broken-anchor")).toEqual([
      ["personas/sre.md", 9, "link `#respnsibilities`: this document has no heading with the anchor `#respnsibilities`", "did you mean `#responsibilities`?"],
    ]);
  });

  it("asks for lower case, as GitHub writes anchors", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "[g](#Goals)") });
    expect(findings(report, "broken-anchor")[0]?.[3]).toBe("did you mean `#goals`?");
  });

  it("decodes percent-encoded anchors", () => {
    const doc = validDoc({ name: "SRE" }, { sections: { ...ALL_SECTIONS, "Café": "[c](#caf%C3%A9)" } });
    expect(findings(validate({ "personas/sre.md": doc }), "broken-anchor")).toEqual([]);
  });

  it("does not check anchors into files that are not persona docs", () => {
    expect(validate({ "personas/sre.md": withText("SRE", "[r](../README.md#anything)") }, ["README.md"]).diagnostics).toEqual([]);
  });

  it("checks anchors into docs whose front matter is broken", () => {
    const report = validate({ "personas/sre.md": withText("SRE", "[w](web.md#goalz)"), "personas/web.md": "## Goals\n" });
    expect(findings(report, "broken-anchor").map((f) => f[3])).toEqual(["did you mean `web.md#goals`?"]);
  });
});
