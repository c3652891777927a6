import { describe, expect, it } from "vitest";
import { ALL_SECTIONS } from "../../support/persona-builder.js";
import { findings, validate, validDoc } from "./validate-helpers.js";

const TOOLS = "tools:\n  - name: Grafana\n    aliases: [grafana-cloud]\n  - name: PagerDuty\n";
const withTable = (rows: string) => validDoc({ name: "SRE" }, { sections: { ...ALL_SECTIONS, Workflow: `| Phase | Tools | How |\n| --- | --- | --- |\n${rows}` } });

describe("unknown-phase", () => {
  it("reports a phase that is not configured, at its cell, with the nearest phase", () => {
    const report = validate({ "personas/sre.md": withTable("| monitoring-and-alertin | Grafana | x |\n| Code Review | GitHub | x |") });
    expect(findings(report, "unknown-phase")).toEqual([["personas/sre.md", 32, 'unknown workflow phase "monitoring-and-alertin"', "did you mean `monitoring-and-alerting`?"]]);
    expect(report.diagnostics[0]).toMatchObject({ column: 3 });
  });

  it("checks the front-matter workflow at its key", () => {
    const report = validate({ "personas/sre.md": validDoc({ name: "SRE", workflow: { debuggin: ["gdb"], testing: ["pytest"] } }) });
    expect(findings(report, "unknown-phase")).toEqual([["personas/sre.md", 6, 'unknown workflow phase "debuggin"', "did you mean `debugging`?"]]);
  });

  it("accepts phases added in the settings, and only those when defaults are off", () => {
    const config = "phases:\n  includeDefaults: false\n  extra:\n    - id: on-call\n";
    const report = validate({ ".github/persona-governance.yml": config, "personas/sre.md": withTable("| on-call | PagerDuty | x |\n| testing | jest | x |") });
    expect(findings(report, "unknown-phase").map((f) => f[2])).toEqual(['unknown workflow phase "testing"']);
  });
});

describe("unknown-tool", () => {
  it("warns about a tool missing from the registry, suggesting a near name", () => {
    const report = validate({ ".github/persona-governance.yml": TOOLS, "personas/sre.md": withTable("| monitoring-and-alerting | Grafanna, grafana-cloud, PAGERDUTY | x |") });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: "unknown-tool",
        severity: "warning",
        line: 32,
        message: 'tool "Grafanna" (phase monitoring-and-alerting) is not in the tools registry',
        suggestion: 'did you mean "Grafana"? Otherwise add it to `tools` in the settings file',
      }),
    ]);
  });

  it("says nothing when the settings keep no registry", () => {
    expect(validate({ "personas/sre.md": withTable("| testing | Anything | x |") }).diagnostics).toEqual([]);
  });
});
