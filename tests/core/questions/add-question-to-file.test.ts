import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { addQuestionToFile, QuestionFileEditError, type NewQuestion } from "../../../src/core/questions/add-question-to-file.js";
import { parseQuestionFile } from "../../../src/core/questions/parse-question-file.js";
import { validateQuestions } from "../../../src/core/questions/validate-questions.js";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";

const existing = `# Questions for SREs. Owned by @acme/sre (CODEOWNERS).

questions:
# Asked every cycle since 2025.
- id: pages   # keep this id: trends depend on it
  text: 'On-call load (1-5)'
  type: scale
  phase: monitoring-and-alerting
  status: active

- id: old-runbooks
  text: "Are runbooks up to date?"
  type: text
  status: retired
  retiredIn: 2026-H1
`;

const proposal: NewQuestion = { id: "noisy-alerts", text: "Which alert: is the noisiest? #1", type: "text" };

function questionsOf(text: string) {
  const parsed = parseQuestionFile("survey/questions/sre.yml", text, "sre");
  expect(parsed.diagnostics).toEqual([]);
  return parsed.set.questions.map(({ id, text: questionText, type, status, options, phase, retiredIn }) => ({ id, text: questionText, type, status, options, phase, retiredIn }));
}

describe("addQuestionToFile", () => {
  it("appends the question as active and keeps comments, quoting, blank lines and list indentation", () => {
    const result = addQuestionToFile(existing, proposal);
    expect(result.startsWith("# Questions for SREs. Owned by @acme/sre (CODEOWNERS).\n\nquestions:\n# Asked every cycle since 2025.\n- id: pages # keep this id: trends depend on it\n  text: 'On-call load (1-5)'\n")).toBe(true);
    expect(result).toContain('  text: "Are runbooks up to date?"\n');
    expect(result.endsWith('  retiredIn: 2026-H1\n\n- id: noisy-alerts\n  text: "Which alert: is the noisiest? #1"\n  type: text\n  status: active\n')).toBe(true);
    expect(questionsOf(result).at(-1)).toEqual({ id: "noisy-alerts", text: "Which alert: is the noisiest? #1", type: "text", status: "active", options: undefined, phase: undefined, retiredIn: undefined });
  });

  it("is idempotent: adding the same question again changes nothing", () => {
    const once = addQuestionToFile(existing, proposal);
    expect(addQuestionToFile(once, proposal)).toBe(once);
    expect(questionsOf(once).filter((q) => q.id === "noisy-alerts")).toHaveLength(1);
  });

  it("updates a question with the same id in place, re-activating a retired one", () => {
    const result = addQuestionToFile(existing, { id: "old-runbooks", text: "Which runbook is most out of date?", type: "choice", options: ["Paging", "Deploys"] });
    const questions = questionsOf(result);
    expect(questions.map((q) => q.id)).toEqual(["pages", "old-runbooks"]);
    expect(questions[1]).toEqual({ id: "old-runbooks", text: "Which runbook is most out of date?", type: "choice", status: "active", options: ["Paging", "Deploys"], phase: undefined, retiredIn: undefined });
    expect(result).toContain("# keep this id: trends depend on it");
    expect(addQuestionToFile(result, { id: "old-runbooks", text: "Which runbook is most out of date?", type: "choice", options: ["Paging", "Deploys"] })).toBe(result);
  });

  it("returns the file byte for byte when the question is already there as given", () => {
    const same: NewQuestion = { id: "pages", text: "On-call load (1-5)", type: "scale", phase: "monitoring-and-alerting" };
    expect(addQuestionToFile(existing, same)).toBe(existing);
  });

  it("creates a valid file when there is none", () => {
    const created = addQuestionToFile(undefined, { id: "build", text: "Build speed (1-5)", type: "scale", phase: "building" });
    expect(created).toBe("questions:\n  - id: build\n    text: Build speed (1-5)\n    type: scale\n    phase: building\n    status: active\n");
    const config = defaultConfig();
    const diagnostics = validateQuestions(snapshotFromTexts({ "survey/questions/sre.yml": created }), config, [{ id: "sre" }], resolvePhases(config));
    expect(diagnostics).toEqual([]);
    expect(addQuestionToFile("  \n", { id: "x", text: "X", type: "text" })).toBe("questions:\n  - id: x\n    text: X\n    type: text\n    status: active\n");
  });

  it("keeps indented lists indented and fills an empty or flow-style list", () => {
    const indented = "questions:\n  - id: a\n    text: A\n    type: text\n    status: active\n";
    expect(addQuestionToFile(indented, proposal)).toBe(`${indented}  - id: noisy-alerts\n    text: "Which alert: is the noisiest? #1"\n    type: text\n    status: active\n`);
    expect(addQuestionToFile("# empty for now\nquestions: []\n", { id: "x", text: "X", type: "text" })).toBe("# empty for now\nquestions:\n  - id: x\n    text: X\n    type: text\n    status: active\n");
    expect(addQuestionToFile("# nothing yet\n", { id: "x", text: "X", type: "text" })).toContain("questions:\n  - id: x\n");
  });

  it("refuses to edit a file it would damage", () => {
    expect(() => addQuestionToFile("questions: [unclosed\n", proposal)).toThrow(QuestionFileEditError);
    expect(() => addQuestionToFile("- a\n- b\n", proposal)).toThrow("must be a mapping with a `questions:` list");
    expect(() => addQuestionToFile("questions: nope\n", proposal)).toThrow("`questions` in the questions file must be a list");
  });
});
