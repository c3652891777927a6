import { describe, expect, it } from "vitest";
import { noLongerAsked } from "../../../src/core/questions/no-longer-asked.js";
import type { QuestionSet, SurveyQuestion } from "../../../src/core/questions/question-set.js";
import { renderQuestionNotes } from "../../../src/core/questions/render-question-notes.js";
import { deriveSurveyMapping } from "../../../src/core/questions/derive-survey-mapping.js";
import { exampleConfig, exampleQuestionSets } from "./example-program.js";

function q(id: string, status: SurveyQuestion["status"], retiredIn?: string): SurveyQuestion {
  return { id, text: `Question ${id}?`, type: "text", status, line: 1, column: 1, positions: {}, ...(retiredIn === undefined ? {} : { retiredIn }) };
}

const sets: QuestionSet[] = [
  { file: "survey/questions/sre.yml", persona: "sre", questions: [q("a", "retired", "2026-H2"), q("b", "retired", "2026-H1"), q("c", "active"), q("d", "retired")] },
  { file: "survey/questions/common.yml", persona: null, questions: [q("e", "retired", "2026-H2")] },
];

describe("noLongerAsked", () => {
  it("lists questions retired in the current cycle, common ones first", () => {
    expect(noLongerAsked(sets, { survey: { cycle: "2026-H2" } })).toEqual([
      { persona: null, id: "e", text: "Question e?" },
      { persona: "sre", id: "a", text: "Question a?" },
    ]);
  });

  it("says nothing without a current cycle", () => {
    expect(noLongerAsked(sets, { survey: {} })).toEqual([]);
  });

  it("finds the example's retired editor question for 2026-H2", () => {
    expect(noLongerAsked(exampleQuestionSets(), exampleConfig())).toEqual([{ persona: null, id: "editors-and-search", text: "Editors and code search (1-5)" }]);
  });
});

describe("renderQuestionNotes", () => {
  it("lists unmatched columns, missing questions and questions no longer asked, escaped", () => {
    const derived = deriveSurveyMapping([{ file: "f", persona: "sre", questions: [{ ...q("c", "active"), text: "Pages <b>@sre</b>?" }] }], ["Response `ID`", "Other"]);
    const text = renderQuestionNotes({ derived, noLongerAsked: noLongerAsked(sets, { survey: { cycle: "2026-H2" } }), cycle: "2026-H2", personaNames: new Map([["sre", "SRE | On-call"]]) });
    expect(text).toContain("## Survey questions");
    expect(text).toContain("0 score columns and 0 comment columns");
    expect(text).toContain("**Columns that match no question**, so they are not analysed: `` Response `ID` ``, `Other`.");
    expect(text).toContain("- SRE \\| On-call: Pages \\<b\\>@\u200Dsre\\</b\\>? (`c`)");
    expect(text).toContain("retired in 2026-H2");
    expect(text).toContain("- Everyone: Question e? (`e`)");
  });

  it("is empty when there is nothing to say", () => {
    expect(renderQuestionNotes({ noLongerAsked: [] })).toBe("");
  });
});
