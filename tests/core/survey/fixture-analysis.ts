import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Config } from "../../../src/core/config/config-schema.js";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";
import { createSurveyAnalyzer } from "../../../src/core/survey/create-survey-analyzer.js";
import type { SurveyAnalysis } from "../../../src/core/survey/survey-analysis.js";

/** The realistic export in tests/fixtures/survey, with the config and personas it was written for. */
export const FIXTURE_DIR = new URL("../../fixtures/survey/", import.meta.url);

export function fixtureConfig(): Config {
  const config = defaultConfig();
  return {
    ...config,
    tools: [
      { name: "Jenkins", aliases: [], phase: "building", owner: "@acme/ci" },
      { name: "PagerDuty", aliases: [], phase: "monitoring-and-alerting", owner: "@acme/sre-tools" },
      { name: "Grafana", aliases: [], phase: "monitoring-and-alerting", owner: "@acme/observability" },
    ],
    survey: {
      ...config.survey,
      scoreColumns: {
        "How satisfied are you with CI?": "building",
        "How satisfied are you with code review?": "code-review",
        "Overall, how happy are you with your tools?": "Overall tooling",
      },
      commentColumns: ["What slows you down the most?", "Anything else?"],
      cycle: "2026-H2",
      minResponses: 4,
    },
  };
}

export const FIXTURE_PERSONAS = [
  { id: "backend", name: "Backend Developer", aliases: [], previously: [] },
  { id: "sre", name: "SRE", aliases: ["Site Reliability Engineer"], previously: [] },
  { id: "web", name: "Web Developer", aliases: ["Frontend"], previously: [] },
];

/** Analyses export.csv in memory (the streaming reader is tested in tests/flows). */
export function analyseFixture(): SurveyAnalysis {
  const records = parse(readFileSync(new URL("export.csv", FIXTURE_DIR)), { bom: true }) as string[][];
  const config = fixtureConfig();
  const analyzer = createSurveyAnalyzer({ config, personas: FIXTURE_PERSONAS, phases: resolvePhases(config), tools: config.tools, header: records[0]! });
  records.slice(1).forEach((values, index) => {
    if (values.some((value) => value.trim() !== "")) analyzer.addValues(values, index + 2);
  });
  return analyzer.finish();
}
