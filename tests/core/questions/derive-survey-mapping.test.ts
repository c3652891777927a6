import { describe, expect, it } from "vitest";
import { completeSurveyMapping } from "../../../src/core/questions/complete-survey-mapping.js";
import { deriveSurveyMapping } from "../../../src/core/questions/derive-survey-mapping.js";
import type { QuestionSet, SurveyQuestion } from "../../../src/core/questions/question-set.js";
import { exampleConfig, exampleQuestionSets, exampleSurveyHeader } from "./example-program.js";

function q(fields: Partial<SurveyQuestion> & Pick<SurveyQuestion, "id" | "text">): SurveyQuestion {
  return { type: "text", status: "active", line: 1, column: 1, positions: {}, ...fields };
}

const sets: QuestionSet[] = [
  {
    file: "survey/questions/common.yml",
    persona: null,
    questions: [
      q({ id: "tenure", text: "How long have you worked here?", type: "choice", options: ["<1 year", "1+ years"] }),
      q({ id: "build", text: "Build and CI speed (1-5)", type: "scale", phase: "building" }),
      q({ id: "slow", text: "What slows you down the most?" }),
    ],
  },
  {
    file: "survey/questions/sre.yml",
    persona: "sre",
    questions: [
      q({ id: "pages", text: "Monitoring, alerting and on-call (1-5)", type: "scale", phase: "monitoring-and-alerting" }),
      q({ id: "old-pages", text: "Paging load (1-5)", type: "scale", phase: "monitoring-and-alerting", status: "retired" }),
      q({ id: "never-asked", text: "Which runbook is most out of date?" }),
    ],
  },
];

describe("deriveSurveyMapping", () => {
  it("matches headers exactly, maps scale questions to their phase and text questions to comment columns", () => {
    const mapping = deriveSurveyMapping(sets, ["Build and CI speed (1-5)", "What slows you down the most?", "How long have you worked here?"]);
    expect(mapping.scoreColumns).toEqual({ "Build and CI speed (1-5)": "building" });
    expect(mapping.commentColumns).toEqual(["What slows you down the most?"]);
    expect(mapping.matches).toEqual([
      { header: "Build and CI speed (1-5)", questionId: "build", persona: null, how: "exact" },
      { header: "What slows you down the most?", questionId: "slow", persona: null, how: "exact" },
      { header: "How long have you worked here?", questionId: "tenure", persona: null, how: "exact" },
    ]);
    expect(mapping.unmatchedHeaders).toEqual([]);
  });

  it("falls back to matching with whitespace, punctuation and case normalised", () => {
    const mapping = deriveSurveyMapping(sets, ["  build AND ci speed 1–5 ", "Monitoring alerting, and on call (1 - 5)?", "what slows you down the most"]);
    expect(mapping.matches.map((m) => [m.questionId, m.how])).toEqual([
      ["build", "normalised"],
      ["pages", "normalised"],
      ["slow", "normalised"],
    ]);
    expect(mapping.scoreColumns).toEqual({ "  build AND ci speed 1–5 ": "building", "Monitoring alerting, and on call (1 - 5)?": "monitoring-and-alerting" });
  });

  it("lists headers that match no question, in order, except the persona column", () => {
    const mapping = deriveSurveyMapping(sets, ["Response ID", "Which personas describe you?", "Build and CI speed", "", "What slows you down the most?"], { personaColumn: "which personas describe you?" });
    expect(mapping.unmatchedHeaders).toEqual(["Response ID", "Build and CI speed", ""]);
    expect(mapping.commentColumns).toEqual(["What slows you down the most?"]);
  });

  it("matches a retired question too, so an older export still maps", () => {
    expect(deriveSurveyMapping(sets, ["Paging load (1-5)"]).scoreColumns).toEqual({ "Paging load (1-5)": "monitoring-and-alerting" });
  });

  it("prefers an active question over a retired one with the same text", () => {
    const clash: QuestionSet[] = [
      { file: "survey/questions/common.yml", persona: null, questions: [q({ id: "old", text: "Speed (1-5)", type: "scale", phase: "building", status: "retired" })] },
      { file: "survey/questions/sre.yml", persona: "sre", questions: [q({ id: "new", text: "Speed (1-5)", type: "scale", phase: "testing" })] },
    ];
    const mapping = deriveSurveyMapping(clash, ["Speed (1-5)"]);
    expect(mapping.matches[0]).toMatchObject({ questionId: "new", persona: "sre" });
    expect(mapping.scoreColumns).toEqual({ "Speed (1-5)": "testing" });
  });

  it("lists active questions no header matched, but not retired ones", () => {
    const mapping = deriveSurveyMapping(sets, ["Build and CI speed (1-5)"]);
    expect(mapping.missingQuestions.map((m) => m.id)).toEqual(["tenure", "slow", "pages", "never-asked"]);
  });

  it("reproduces the example's hand-kept mapping from its questions files and export header", () => {
    const config = exampleConfig();
    const mapping = deriveSurveyMapping(exampleQuestionSets(), exampleSurveyHeader(), { personaColumn: config.survey.personaColumn });
    expect(mapping.scoreColumns).toEqual(config.survey.scoreColumns);
    expect(mapping.commentColumns).toEqual(config.survey.commentColumns);
    expect(mapping.unmatchedHeaders).toEqual(["Response ID", "Submitted"]);
    expect(mapping.missingQuestions).toEqual([]);
  });
});

describe("completeSurveyMapping", () => {
  const config = exampleConfig();
  const header = exampleSurveyHeader();

  it("leaves a configured mapping alone", () => {
    const result = completeSurveyMapping(config.survey, exampleQuestionSets(), header);
    expect(result.survey).toBe(config.survey);
    expect(result.derived).toBeUndefined();
  });

  it("derives whichever of scoreColumns and commentColumns the config leaves out", () => {
    const { scoreColumns: _scores, ...withoutScores } = config.survey;
    const result = completeSurveyMapping(withoutScores, exampleQuestionSets(), ["Build and CI speed (1-5)", "Extra"]);
    expect(result.survey.scoreColumns).toEqual({ "Build and CI speed (1-5)": "building" });
    expect(result.survey.commentColumns).toBe(config.survey.commentColumns);
    expect(result.derived?.unmatchedHeaders).toEqual(["Extra"]);
  });
});
