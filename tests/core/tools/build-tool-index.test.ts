import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import type { Config } from "../../../src/core/config/config-schema.js";
import { buildToolIndex } from "../../../src/core/tools/build-tool-index.js";
import { findTool } from "../../../src/core/tools/find-tool.js";
import { parseToolMentions } from "../../../src/core/tools/tool-mentions.js";
import { persona } from "../../support/persona-builder.js";
import { fixtureMentions, loadToolsFixture } from "./tools-fixture.js";

const { personas, config } = loadToolsFixture();
const index = buildToolIndex(personas, config);
const entry = (name: string) => index.find((tool) => tool.name === name)!;

describe("buildToolIndex", () => {
  it("lists every registry tool and every tool a workflow map names, sorted by reach, then by personas using it, then by name", () => {
    expect(index.map((tool) => [tool.name, tool.reach.people, tool.personas.length])).toEqual([
      ["Harbor CI", 400, 3],
      ["Bazel", 300, 1],
      ["pytest", 300, 1],
      ["PagerDuty", 100, 2],
      ["Grafana", 100, 1],
      ["Webpack", 0, 1],
      ["Jenkins", 0, 0],
      ["Snyk", 0, 0],
    ]);
  });

  it("matches workflow tools to the registry by name or alias, ignoring case", () => {
    expect(entry("Harbor CI").uses.map((use) => [use.persona, use.phase, use.written])).toEqual([
      ["backend", "building", "harbor"],
      ["backend", "testing", "Harbor CI"],
      ["sre", "building", "Harbor CI"],
      ["web", "building", "Harbor CI"],
    ]);
    expect(entry("PagerDuty").uses.map((use) => use.written)).toEqual(["pagerduty", "PagerDuty"]);
  });

  it("keeps the workflow's how-text and the phase's display name for each use", () => {
    expect(entry("Grafana").uses).toEqual([
      { persona: "sre", personaName: "SRE", phase: "monitoring-and-alerting", phaseName: "Monitoring and alerting", how: "Dashboards first, then pages.", written: "Grafana" },
    ]);
  });

  it("counts sizes once per persona, lists personas without a size, and counts sub-personas within a using parent", () => {
    expect(entry("Harbor CI").reach).toEqual({ people: 400, unsized: ["web"], countedInParent: [] });
    expect(entry("PagerDuty").reach).toEqual({ people: 100, unsized: [], countedInParent: ["incident"] });
  });

  it("counts a sub-persona's own size when its parent does not use the tool", () => {
    const tools = buildToolIndex([persona({ id: "sre", size: 100 }), persona({ id: "incident", parent: "sre", size: 20, workflow: { debugging: ["gdb"] } })], defaultConfig());
    expect(tools[0]!.reach).toEqual({ people: 20, unsized: [], countedInParent: [] });
  });

  it("leaves retired personas out, so a tool only they used has no users", () => {
    expect(entry("Jenkins")).toMatchObject({ registered: true, personas: [], uses: [], owner: null, reach: { people: 0 } });
  });

  it("keeps the registry's owner, phase, aliases and link, and marks tools the registry lacks", () => {
    expect(entry("Harbor CI")).toMatchObject({ registered: true, owner: "@acme/build-infra", phase: "building", aliases: ["harbor"], url: "https://ci.example.com/docs" });
    expect(entry("Webpack")).toMatchObject({ registered: false, owner: null, phase: null, aliases: [] });
  });

  it("groups unregistered spellings case-insensitively under the first one seen", () => {
    const cfg: Config = defaultConfig();
    const tools = buildToolIndex([persona({ id: "a", workflow: { building: ["make"] } }), persona({ id: "b", workflow: { building: ["Make"] } })], cfg);
    expect(tools.map((tool) => [tool.name, tool.personas])).toEqual([["make", ["a", "b"]]]);
  });

  it("adds survey mentions, in total and per persona, when an analysis is given", () => {
    const withSurvey = buildToolIndex(personas, config, fixtureMentions());
    const harbor = withSurvey.find((tool) => tool.name === "Harbor CI");
    expect(harbor?.survey).toEqual({ cycle: "2026-H2", mentions: 12, byPersona: [{ persona: "backend", mentions: 9 }, { persona: "web", mentions: 3 }] });
    expect(withSurvey.find((tool) => tool.name === "Snyk")?.survey).toEqual({ cycle: "2026-H2", mentions: 0, byPersona: [] });
    expect(index.every((tool) => tool.survey === null)).toBe(true);
  });
});

describe("findTool", () => {
  it("finds a tool by name or alias, ignoring case and spaces", () => {
    expect(findTool(index, " HARBOR ").entry?.name).toBe("Harbor CI");
    expect(findTool(index, "dashboards").entry?.name).toBe("Grafana");
    expect(findTool(index, "webpack").entry?.name).toBe("Webpack");
  });

  it("suggests the nearest tool by its name when nothing matches", () => {
    expect(findTool(index, "pagerduty2")).toEqual({ suggestion: "PagerDuty" });
    expect(findTool(index, "dashbords")).toEqual({ suggestion: "Grafana" });
    expect(findTool(index, "kubernetes")).toEqual({});
  });
});

describe("parseToolMentions", () => {
  it("reads the analysis JSON and ignores keys it does not need", () => {
    expect(fixtureMentions().tools.map((tool) => tool.name)).toEqual(["Harbor CI", "PagerDuty", "Bazel"]);
  });

  it("explains what is wrong with a file that is not an analysis", () => {
    expect(parseToolMentions("{oops")).toMatchObject({ error: expect.stringMatching(/^it is not JSON/) });
    expect(parseToolMentions('{"tools": [{"name": "X", "mentions": "many"}]}')).toEqual({
      error: "it is not the JSON of `persona-gov survey analyze --format json`: `tools.0.mentions` Invalid input: expected number, received string",
    });
    expect(parseToolMentions("[]")).toMatchObject({ error: expect.stringContaining("the document") });
  });
});
