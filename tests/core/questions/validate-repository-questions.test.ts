import { describe, expect, it } from "vitest";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";
import { RULES } from "../../../src/core/validate/rules.js";
import { validateRepository } from "../../../src/core/validate/validate-repository.js";
import { personaDoc } from "../../support/persona-builder.js";

const config = "tools:\n  - name: Grafana\n    owner: \"@acme/obs\"\n  - name: Jenkins\n";
const sre = personaDoc({ frontMatter: { name: "SRE", champions: ["@acme/sre"], workflow: { "monitoring-and-alerting": ["grafana"] } } });

describe("persona-gov validate checks the survey questions and the tools registry", () => {
  it("reports questions files and unused registry tools with the persona docs' findings, sorted", () => {
    const report = validateRepository(
      snapshotFromTexts({
        ".github/persona-governance.yml": config,
        "personas/sre.md": sre,
        "survey/questions/sre.yml": "questions:\n  - id: pages\n    text: On-call load\n    type: scale\n    phase: monitoring\n    status: active\n",
        "survey/questions/srre.yml": "questions: []\n",
      }),
    );
    const found = report.diagnostics.filter((d) => d.rule !== "section-recommended").map((d) => `${d.file}:${d.line} ${d.rule}`);
    expect(found).toEqual([".github/persona-governance.yml:4 unused-tool", "survey/questions/sre.yml:5 unknown-phase", "survey/questions/srre.yml:1 unknown-persona-file"]);
    expect(report.counts.errors).toBe(2);
  });

  it("documents every rule the questions and tools checks report", () => {
    const documented = new Set(RULES.map((rule) => rule.id));
    for (const rule of ["questions-yaml", "questions-schema", "unknown-phase", "unknown-persona-file", "duplicate-question-id", "duplicate-question-text", "unused-tool"]) {
      expect(documented.has(rule), rule).toBe(true);
    }
  });
});
