import { describe, expect, it } from "vitest";
import { planSync } from "../../../src/core/sync/plan-sync.js";
import { buildToolIndex } from "../../../src/core/tools/build-tool-index.js";
import { describeReach } from "../../../src/core/tools/describe-reach.js";
import { renderToolMarkdown } from "../../../src/core/tools/render-tool-markdown.js";
import { renderToolsTable } from "../../../src/core/tools/render-tools-table.js";
import { renderToolsText, renderToolText } from "../../../src/core/tools/render-tools-text.js";
import { toolsDirectorySection } from "../../../src/core/tools/tools-directory-section.js";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { persona } from "../../support/persona-builder.js";
import { expectGolden } from "../questions/golden.js";
import { fixtureMentions, loadToolsFixture, TOOLS_FIXTURES } from "./tools-fixture.js";

const { personas, config } = loadToolsFixture();
const index = buildToolIndex(personas, config);
const withSurvey = buildToolIndex(personas, config, fixtureMentions());

describe("tool index renderers", () => {
  it("matches the golden tools table", () => {
    expectGolden(`${TOOLS_FIXTURES}expected-tools-table.md`, `${renderToolsTable(index)}\n`);
  });

  it("matches the golden tools table with survey mentions", () => {
    expectGolden(`${TOOLS_FIXTURES}expected-tools-table-survey.md`, `${renderToolsTable(withSurvey)}\n`);
  });

  it("matches the golden Markdown and text for one tool", () => {
    const harbor = withSurvey.find((tool) => tool.name === "Harbor CI")!;
    expectGolden(`${TOOLS_FIXTURES}expected-harbor.md`, renderToolMarkdown(harbor));
    expectGolden(`${TOOLS_FIXTURES}expected-harbor.txt`, renderToolText(harbor));
  });

  it("never shows a bare number when part of the reach is unknown", () => {
    expect(describeReach({ personas: ["a"], reach: { people: 300, unsized: [], countedInParent: [] } })).toBe("300");
    expect(describeReach({ personas: ["a", "b"], reach: { people: 300, unsized: ["b"], countedInParent: [] } })).toBe("≥ 300; 1 persona has no size");
    expect(describeReach({ personas: ["a", "b", "c"], reach: { people: 0, unsized: ["b", "c"], countedInParent: [] } })).toBe("unknown; 2 personas have no size");
    expect(describeReach({ personas: [], reach: { people: 0, unsized: [], countedInParent: [] } })).toBe("—");
  });

  it("escapes doc text in the table and links persona names when asked", () => {
    const odd = [persona({ id: "odd", name: "Ops | *Team* @bob", size: 5, workflow: [{ phase: "building", tools: ["make|cmake"], how: "", line: 1, column: 1, source: "front-matter" }] })];
    const table = renderToolsTable(buildToolIndex(odd, defaultConfig()), { personaLink: (id) => `${id}.md` });
    expect(table).toContain("| **make\\|cmake** | — (not in the registry) | [Ops \\| \\*Team\\* @\u200Dbob](odd.md) (Building) | 5 |");
  });

  it("lists tools for a terminal with control characters removed", () => {
    const text = renderToolsText(index);
    expect(text.split("\n")[0]).toBe("Harbor CI  reach ≥ 400; 1 persona has no size · 3 personas · @acme/build-infra");
    expect(text).toContain("Jenkins    reach — · 0 personas · no owner");
    expect(text).toContain("Webpack    reach unknown; 1 persona has no size · 1 persona · not in the registry");
    expect(renderToolsText(buildToolIndex([persona({ workflow: { building: ["a\u001b[31mb"] } })], defaultConfig()))).toContain("a [31mb");
    expect(renderToolsText([])).toContain("No tools");
  });
});

describe("the directory's Tools section", () => {
  it("is a table by reach with links to the persona docs", () => {
    const section = toolsDirectorySection(personas, config);
    expect(section?.heading).toBe("Tools");
    expect(section?.body).toContain("| **[Harbor CI](https://ci.example.com/docs)** (harbor) | @acme/build-infra | [Backend Developer](backend.md) (Building, Testing), [SRE](sre.md) (Building), [Web Developer](web.md) (Building) |");
  });

  it("is left out when there are no tools at all", () => {
    expect(toolsDirectorySection([persona()], defaultConfig())).toBeUndefined();
  });

  it("appears in the directory page the sync plans, after the persona table", () => {
    const plan = planSync({ personas, config, current: { labels: [], files: new Map(), paths: new Set() } });
    const directory = plan.operations.find((op) => op.kind === "file" && op.target === "personas/README.md");
    const content = directory?.kind === "file" ? directory.content : "";
    expect(content).toContain("## Tools\n\nEvery tool in the settings' registry");
    expect(content.indexOf("## Tools")).toBeGreaterThan(content.indexOf("| Persona |"));
    expect(content.indexOf("## Tools")).toBeLessThan(content.indexOf("## How the personas interact"));
  });
});
