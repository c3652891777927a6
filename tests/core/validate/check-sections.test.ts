import { describe, expect, it } from "vitest";
import { ALL_SECTIONS } from "../../support/persona-builder.js";
import { findings, validate, validDoc } from "./validate-helpers.js";

const without = (heading: string) => Object.fromEntries(Object.entries(ALL_SECTIONS).filter(([h]) => h !== heading));

describe("section-missing", () => {
  it("reports a missing required section at the start of the body", () => {
    const report = validate({ "personas/sre.md": validDoc({ name: "SRE" }, { sections: without("Goals") }) });
    expect(findings(report, "section-missing")).toEqual([["personas/sre.md", 6, 'required section "Goals" is missing', "add a `## Goals` section"]]);
  });

  it("points at a heading at the wrong level", () => {
    const doc = validDoc({ name: "SRE" }, { body: "## Role Summary\nx\n## Responsibilities\nx\n### Goals\nx\n## Typical Communication\nx\n## Interactions with Other Roles\nx\n## Workflow\nx\n" });
    expect(findings(validate({ "personas/sre.md": doc }), "section-missing")).toEqual([
      ["personas/sre.md", 11, 'required section "Goals" is a level-3 heading', "make it a level-2 heading: `## Goals`"],
    ]);
  });

  it("points at a misspelt heading", () => {
    const sections = { ...without("Responsibilities"), Responsibilites: "- on call" };
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE" }, { sections }) }), "section-missing")).toEqual([
      ["personas/sre.md", 29, 'required section "Responsibilities" is missing; the heading "Responsibilites" looks like a misspelling of it', "rename the heading to `## Responsibilities`"],
    ]);
  });

  it("matches headings regardless of case and spacing", () => {
    const doc = validDoc({ name: "SRE" }, { body: "## role  summary\nx\n## RESPONSIBILITIES\nx\n## Goals\nx\n## Typical Communication\nx\n## Interactions with Other Roles\nx\n## Workflow\nx\n" });
    expect(validate({ "personas/sre.md": doc }).diagnostics).toEqual([]);
  });

  it("uses the configured required sections", () => {
    const config = "personas:\n  requiredSections: [Mission]\n  recommendedSections: []\n";
    const report = validate({ ".github/persona-governance.yml": config, "personas/sre.md": validDoc({ name: "SRE" }) });
    expect(findings(report, "section-missing").map((f) => f[2])).toEqual(['required section "Mission" is missing']);
    expect(findings(report, "section-recommended")).toEqual([]);
  });

  it("checks docs whose front matter is broken too", () => {
    expect(findings(validate({ "personas/sre.md": "## Goals\nx\n" }), "section-missing").map((f) => f[2])).toEqual([
      'required section "Responsibilities" is missing',
      'required section "Role Summary" is missing',
    ]);
  });
});

describe("section-recommended", () => {
  it("warns about a missing recommended section", () => {
    const report = validate({ "personas/sre.md": validDoc({ name: "SRE" }, { sections: without("Workflow") }) });
    expect(report.diagnostics).toEqual([expect.objectContaining({ rule: "section-recommended", severity: "warning", message: 'recommended section "Workflow" is missing' })]);
  });
});

describe("section-empty", () => {
  it("is an error for an empty required section and a warning for others", () => {
    const sections = { ...ALL_SECTIONS, Goals: "<!-- what does a good week look like? -->", Notes: "" };
    const report = validate({ "personas/sre.md": validDoc({ name: "SRE" }, { sections }) });
    expect(report.diagnostics.filter((d) => d.rule === "section-empty").map((d) => [d.line, d.severity, d.message])).toEqual([
      [16, "error", 'section "Goals" is empty'],
      [34, "warning", 'section "Notes" is empty'],
    ]);
  });

  it("counts a subsection's content as content", () => {
    const sections = { ...ALL_SECTIONS, Goals: "### This quarter\n\n- Ship it" };
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE" }, { sections }) }), "section-empty")).toEqual([]);
  });
});
