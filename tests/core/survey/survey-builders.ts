import type { Config, ToolDefinition } from "../../../src/core/config/config-schema.js";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";
import { createSurveyAnalyzer } from "../../../src/core/survey/create-survey-analyzer.js";
import type { SurveyAnalysis } from "../../../src/core/survey/survey-analysis.js";

/** Builders for survey analysis tests: a small export with named columns, analysed in memory. */
export const PERSONA = "Which personas describe you?";
export const CI = "How satisfied are you with CI?";
export const OVERALL = "Overall, how happy are you?";
export const SLOWS = "What slows you down?";
export const ELSE = "Anything else?";
export const HEADER = [PERSONA, CI, OVERALL, SLOWS, ELSE];

export const PERSONAS = [
  { id: "backend", name: "Backend Developer", aliases: ["Backend"], previously: ["Server Developer"] },
  { id: "sre", name: "SRE", aliases: ["Site Reliability Engineer"], previously: [] },
  { id: "web", name: "Web Developer", aliases: [], previously: [] },
];

export const TOOLS: ToolDefinition[] = [
  { name: "Jenkins", aliases: [], phase: "building", owner: "@acme/ci" },
  { name: "GitHub Actions", aliases: ["GHA"], phase: "building", owner: "@acme/ci" },
  { name: "Node.js", aliases: [], phase: "dependency-management", owner: "@acme/runtime" },
  { name: "C++", aliases: [], phase: "building" },
  { name: "Slack", aliases: [] },
];

export function surveyConfig(overrides: Partial<Config["survey"]> = {}): Config {
  const config = defaultConfig();
  return {
    ...config,
    tools: TOOLS,
    survey: {
      ...config.survey,
      personaColumn: PERSONA,
      scoreColumns: { [CI]: "building", [OVERALL]: "Overall happiness" },
      commentColumns: [SLOWS, ELSE],
      cycle: "2026-H2",
      minResponses: 3,
      ...overrides,
    },
  };
}

export type Row = Partial<Record<string, string>>;

/** Analyses `rows` (numbered from 2, as spreadsheet rows) with the test config. */
export function analyse(rows: readonly Row[], overrides: Partial<Config["survey"]> = {}, commentCap?: number): SurveyAnalysis {
  const config = surveyConfig(overrides);
  const analyzer = createSurveyAnalyzer({
    config,
    personas: PERSONAS,
    phases: resolvePhases(config),
    tools: config.tools,
    header: HEADER,
    ...(commentCap === undefined ? {} : { commentCap }),
  });
  rows.forEach((row, index) => analyzer.add(row as Record<string, string>, index + 2));
  return analyzer.finish();
}

/** A deterministic shuffle (seeded), so a test can reorder rows reproducibly. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
