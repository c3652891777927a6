import { describe, expect, it } from "vitest";
import { toSurveyJson } from "../../../src/core/survey/survey-json.js";
import { analyseFixture } from "./fixture-analysis.js";

describe("toSurveyJson", () => {
  const json = toSurveyJson(analyseFixture()) as {
    personas: { painPoints: { mentions: number; quotes: unknown[] }[]; questions: Record<string, unknown>[] }[];
  } & Record<string, unknown>;

  it("has the fields and shapes the survey issue promises", () => {
    expect(json).toMatchObject({ cycle: "2026-H2", respondents: 13, unmatched: 3 });
    const sre = json.personas[1]!;
    expect(Object.keys(sre)).toEqual(expect.arrayContaining(["id", "responses", "smallSample", "questions", "painPoints"]));
    expect(sre.questions[0]).toEqual(
      expect.objectContaining({
        column: "How satisfied are you with CI?",
        phase: "building",
        n: 4,
        distribution: { "1": 0, "2": 2, "3": 0, "4": 1, "5": 1 },
        median: 3,
        dissatisfiedShare: 0.5,
      }),
    );
    expect(sre.painPoints[0]).toEqual(
      expect.objectContaining({ phase: "monitoring-and-alerting", mentions: 3, share: 0.75, tools: [{ name: "Grafana", mentions: 1 }, { name: "PagerDuty", mentions: 1 }] }),
    );
    expect(sre.painPoints[0]!.quotes.every((quote) => typeof quote === "string")).toBe(true);
    expect(json.tools).toContainEqual({ name: "Jenkins", owner: "@acme/ci", mentions: 1, personas: ["backend", "sre"], phase: "building" });
  });

  it("keeps pain points in rank order", () => {
    for (const persona of json.personas) {
      const mentions = persona.painPoints.map((point) => point.mentions);
      expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    }
  });

  it("has no composite score anywhere", () => {
    expect(JSON.stringify(json)).not.toMatch(/"(score|overallScore|average|mean)"/);
  });
});
