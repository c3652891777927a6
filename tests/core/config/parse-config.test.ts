import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../../../src/core/config/parse-config.js";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";

describe("parseConfig", () => {
  it("gives every default for an absent or empty file", () => {
    expect(parseConfig(undefined)).toEqual({ config: defaultConfig(), diagnostics: [] });
    expect(parseConfig("  \n").diagnostics).toEqual([]);
    const config = defaultConfig();
    expect(config.personas.path).toBe("personas");
    expect(config.personas.requiredSections).toEqual(["Role Summary", "Responsibilities", "Goals"]);
    expect(config.labels.prefix).toBe("persona: ");
    expect(config.survey.multiValueSeparator).toBe(";");
    expect(config.survey.minResponses).toBe(10);
    expect(config.survey.scale).toEqual({ min: 1, max: 5 });
  });

  it("reports a misspelt key at its line with a suggestion", () => {
    const { diagnostics } = parseConfig("personas:\n  pth: docs/personas\n");
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 2, column: 3, rule: "config-schema", message: "unknown key `personas.pth`", suggestion: "did you mean `personas.path`?" }),
    ]);
  });

  it("reports every problem at once, each at its own key", () => {
    const text = ["labels:", "  color: not-a-colour", "routing:", "  strategy: sometimes", "tools:", "  - name: Jenkins", "    owner: ci-team"].join("\n");
    const lines = parseConfig(text).diagnostics.map((d) => [d.line, d.message]).sort();
    expect(lines).toEqual([
      [2, "`labels.color` must be a 6-digit hex colour such as 0e8a16"],
      [4, '`routing.strategy` must be one of "all", "round-robin", "random"'],
      [7, "`tools[0].owner` must be a GitHub handle: @user or @org/team"],
    ]);
  });

  it("says what type was found", () => {
    const [d] = parseConfig("personas:\n  requiredSections: 3\n").diagnostics;
    expect(d?.message).toBe("`personas.requiredSections` must be a list (got number 3)");
  });

  it("reports YAML syntax errors at their line and keeps defaults usable", () => {
    const parsed = parseConfig("personas:\n  path: [unclosed\n");
    expect(parsed.diagnostics[0]).toMatchObject({ rule: "config-yaml", severity: "error" });
    expect(parsed.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    expect(parsed.config).toEqual(defaultConfig());
  });

  it("accepts colours written with a leading #", () => {
    expect(parseConfig("labels:\n  color: '#AABBCC'\n").config.labels.color).toBe("AABBCC");
  });

  it("rejects a file that is not a mapping", () => {
    expect(parseConfig("- a\n- b\n").diagnostics[0]?.message).toMatch(/must be a YAML mapping/);
  });
});

describe("resolvePhases", () => {
  it("has the twelve default phases in order", () => {
    expect(resolvePhases(defaultConfig()).map((p) => p.id)).toEqual([
      "design-and-planning", "source-control", "editing-code", "building", "debugging", "dependency-management",
      "testing", "code-review", "release-and-deployment", "experimentation", "bug-tracking", "monitoring-and-alerting",
    ]);
  });

  it("extends a default phase's keywords and adds new phases", () => {
    const config = parseConfig("phases:\n  extra:\n    - id: building\n      keywords: [buildkite]\n    - id: data-pipelines\n      keywords: [airflow]\n").config;
    const phases = resolvePhases(config);
    expect(phases.find((p) => p.id === "building")?.keywords).toContain("buildkite");
    expect(phases.find((p) => p.id === "building")?.keywords).toContain("compile");
    expect(phases.at(-1)).toEqual({ id: "data-pipelines", name: "Data pipelines", keywords: ["airflow"] });
  });

  it("can replace the defaults", () => {
    const config = parseConfig("phases:\n  includeDefaults: false\n  extra:\n    - id: ops\n").config;
    expect(resolvePhases(config).map((p) => p.id)).toEqual(["ops"]);
  });
});
