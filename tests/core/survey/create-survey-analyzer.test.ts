import { describe, expect, it } from "vitest";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";
import { createSurveyAnalyzer } from "../../../src/core/survey/create-survey-analyzer.js";
import type { PersonaAnalysis, SurveyAnalysis } from "../../../src/core/survey/survey-analysis.js";
import { SurveyInputError } from "../../../src/core/survey/survey-input-error.js";
import { analyse, CI, ELSE, HEADER, OVERALL, PERSONA, PERSONAS, type Row, shuffle, SLOWS, surveyConfig } from "./survey-builders.js";

function persona(analysis: SurveyAnalysis, id: string): PersonaAnalysis {
  return analysis.personas.find((candidate) => candidate.id === id)!;
}

describe("createSurveyAnalyzer: personas", () => {
  const analysis = analyse([
    { [PERSONA]: "Backend Developer;SRE" },
    { [PERSONA]: "backend" },
    { [PERSONA]: "  Server Developer " },
    { [PERSONA]: "site reliability engineer" },
    { [PERSONA]: "Data Wizard" },
    { [PERSONA]: "Data Wizard; SRE" },
    { [PERSONA]: "Product Owner" },
    { [PERSONA]: "" },
    { [PERSONA]: "SRE;SRE" },
  ]);

  it("matches multi-select answers against names, ids, aliases and earlier names, ignoring case", () => {
    expect(analysis.personas.map((p) => [p.id, p.responses])).toEqual([
      ["backend", 3],
      ["sre", 4],
      ["web", 0],
    ]);
  });

  it("counts respondents with no known persona, and lists the unknown values most common first", () => {
    expect(analysis.respondents).toBe(9);
    expect(analysis.unmatched).toBe(3);
    expect(analysis.noPersona).toBe(1);
    expect(analysis.unknownPersonaValues).toEqual([
      { value: "Data Wizard", count: 2 },
      { value: "Product Owner", count: 1 },
    ]);
  });

  it("flags personas below minResponses as small samples", () => {
    expect(persona(analysis, "backend").smallSample).toBe(false);
    expect(persona(analysis, "web").smallSample).toBe(true);
  });
});

describe("createSurveyAnalyzer: pain points", () => {
  const rows: Row[] = [
    { [PERSONA]: "Backend", [SLOWS]: "flaky tests", [ELSE]: "tests are flaky again" },
    { [PERSONA]: "Backend", [SLOWS]: "Jenkins builds are slow" },
    { [PERSONA]: "Backend", [SLOWS]: "the build queue on GitHub Actions" },
    { [PERSONA]: "Backend", [SLOWS]: "n/a", [ELSE]: "-" },
    { [PERSONA]: "Backend", [SLOWS]: "meetings all day" },
    { [PERSONA]: "Web Developer", [SLOWS]: "flaky test suite with Jenkins" },
    { [PERSONA]: "", [SLOWS]: "Jenkins is down" },
  ];
  const analysis = analyse(rows);
  const backend = persona(analysis, "backend");

  it("ranks by distinct respondents, not by comments", () => {
    expect(backend.painPoints.map((p) => [p.phase, p.mentions, p.comments])).toEqual([
      ["building", 2, 2],
      ["testing", 1, 2],
    ]);
  });

  it("gives each pain point its share of the persona's commenters, leaving out non-answers", () => {
    expect(backend.commenters).toBe(4);
    expect(backend.painPoints[0]!.share).toBe(0.5);
    expect(analysis.nonAnswers).toBe(2);
  });

  it("names the tools within each pain point with their respondents", () => {
    expect(backend.painPoints[0]!.tools).toEqual([
      { name: "GitHub Actions", mentions: 1 },
      { name: "Jenkins", mentions: 1 },
    ]);
  });

  it("counts a tool within a pain point only in its own phase, or anywhere when it has none", () => {
    const mixed = analyse([{ [PERSONA]: "SRE", [SLOWS]: "flaky tests on Jenkins, reported in Slack" }]);
    const points = persona(mixed, "sre").painPoints;
    expect(points.map((p) => [p.phase, p.tools.map((t) => t.name)])).toEqual([
      ["building", ["Jenkins", "Slack"]],
      ["testing", ["Slack"]],
    ]);
  });

  it("lists comments that hit no category as uncategorised", () => {
    expect(backend.uncategorised.comments).toBe(1);
    expect(backend.uncategorised.shown.map((c) => c.text)).toEqual(["meetings all day"]);
  });

  it("quotes only the persona's own respondents, one quote per respondent", () => {
    const testing = backend.painPoints.find((p) => p.phase === "testing")!;
    expect(testing.quotes).toHaveLength(1);
    expect(testing.quotes[0]!.row).toBe(2);
    expect(persona(analysis, "web").painPoints[0]!.quotes.map((q) => q.text)).toEqual(["flaky test suite with Jenkins"]);
  });

  it("keeps every comment's reason for landing in a category", () => {
    const comment = backend.painPoints[0]!.shown.find((c) => c.row === 3)!;
    expect(comment.matches).toEqual([{ phase: "building", words: ["jenkins", "builds"] }]);
    expect(comment.tools).toEqual(["Jenkins"]);
  });

  it("counts tools across all respondents, with owners and the personas naming them", () => {
    expect(analysis.tools.map((t) => [t.name, t.owner, t.mentions, t.personas])).toEqual([
      ["Jenkins", "@acme/ci", 3, ["backend", "web"]],
      ["GitHub Actions", "@acme/ci", 1, ["backend"]],
    ]);
    expect(analysis.tools[0]!.shown.map((c) => c.row)).toEqual([3, 7, 8]);
  });

  it("breaks ties between phases by phase order", () => {
    const tied = analyse([
      { [PERSONA]: "SRE", [SLOWS]: "flaky tests" },
      { [PERSONA]: "SRE", [SLOWS]: "slow builds" },
    ]);
    expect(persona(tied, "sre").painPoints.map((p) => p.phase)).toEqual(["building", "testing"]);
  });
});

describe("createSurveyAnalyzer: scores", () => {
  it("tallies each score question per persona, with no combined figure", () => {
    const analysis = analyse([
      { [PERSONA]: "SRE", [CI]: "1", [OVERALL]: "5" },
      { [PERSONA]: "SRE", [CI]: "2", [OVERALL]: "" },
      { [PERSONA]: "SRE", [CI]: "9", [OVERALL]: "great" },
    ]);
    const [ci, overall] = persona(analysis, "sre").questions;
    expect(ci).toMatchObject({ column: CI, phase: "building", label: "Building", n: 2, outOfRange: 1, dissatisfiedShare: 1 });
    expect(overall).toMatchObject({ phase: null, label: "Overall happiness", n: 1, skipped: 1, notANumber: 1 });
    expect(Object.keys(persona(analysis, "sre"))).not.toContain("score");
  });
});

describe("createSurveyAnalyzer: bounded memory", () => {
  it("keeps at most the cap of comments per category while counting them all", () => {
    const rows = Array.from({ length: 250 }, (_, index) => ({ [PERSONA]: "SRE", [SLOWS]: `flaky test number ${index}` }));
    const testing = persona(analyse(rows, {}, 200), "sre").painPoints[0]!;
    expect(testing.comments).toBe(250);
    expect(testing.shown).toHaveLength(200);
    expect(testing.shown.map((c) => c.row)).toEqual([...testing.shown.map((c) => c.row)].sort((a, b) => a - b));
  });

  it("lists at most 20 unknown persona values", () => {
    const rows = Array.from({ length: 30 }, (_, index) => ({ [PERSONA]: `Role ${index}` }));
    expect(analyse(rows).unknownPersonaValues).toHaveLength(20);
  });
});

describe("createSurveyAnalyzer: determinism", () => {
  const rows: Row[] = Array.from({ length: 120 }, (_, index) => ({
    [PERSONA]: ["Backend", "SRE", "Web Developer;Backend", "", "Someone"][index % 5]!,
    [CI]: String((index % 6) + 1),
    [SLOWS]: ["flaky tests", "Jenkins builds are slow", "deploys fail", "code review takes days", "coffee"][index % 5]! + ` (${index % 17})`,
    [ELSE]: index % 3 === 0 ? "on-call pages at night" : "",
  }));

  // Row numbers depend on order by definition; everything else must not.
  function withoutOrder(analysis: SurveyAnalysis): unknown {
    return JSON.parse(
      JSON.stringify(analysis, (key, value: unknown) => {
        if (key === "row") return undefined;
        if (key === "shown" && Array.isArray(value)) return value.map((c) => JSON.stringify({ ...c, row: 0 })).sort();
        return value;
      }),
    );
  }

  it("gives the same analysis for the same input", () => {
    expect(analyse(rows)).toEqual(analyse(rows));
  });

  it("gives the same analysis, apart from row numbers, whatever the row order", () => {
    const reference = withoutOrder(analyse(rows, {}, 10));
    for (const seed of [1, 2, 3]) expect(withoutOrder(analyse(shuffle(rows, seed), {}, 10))).toEqual(reference);
  });
});

describe("createSurveyAnalyzer: the mapping", () => {
  function analyzerFor(header: string[], overrides = {}) {
    const config = surveyConfig(overrides);
    return () => createSurveyAnalyzer({ config, personas: PERSONAS, phases: resolvePhases(config), tools: [], header });
  }

  it("rejects a mapped column missing from the header, listing the headers and the nearest match", () => {
    const create = analyzerFor(HEADER, { commentColumns: ["What slows you dwn?", "Completely different"] });
    expect(create).toThrow(SurveyInputError);
    try {
      create();
    } catch (error) {
      const problems = (error as SurveyInputError).problems;
      expect(problems).toHaveLength(2);
      expect(problems[0]).toContain('survey.commentColumns[0] names the column "What slows you dwn?"');
      expect(problems[0]).toContain('Did you mean "What slows you down?"');
      expect(problems[0]).toContain(`The header has: "${PERSONA}", "${CI}"`);
      expect(problems[1]).not.toContain("Did you mean");
    }
  });

  it("matches headers ignoring case and surrounding spaces", () => {
    const header = HEADER.map((name) => ` ${name.toUpperCase()} `);
    expect(analyzerFor(header)().finish().columns.comments).toEqual(header.slice(3));
  });

  it("rejects a scale without two points", () => {
    expect(analyzerFor(HEADER, { scale: { min: 5, max: 5 } })).toThrow(/at least two points/);
  });
});
