import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Config } from "../../../src/core/config/config-schema.js";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";
import type { Diagnostic } from "../../../src/core/diagnostics/diagnostic.js";
import { validateQuestions } from "../../../src/core/questions/validate-questions.js";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";
import { exampleConfig, exampleQuestionFiles } from "./example-program.js";

const config = defaultConfig();
const phases = resolvePhases(config);
const personas = [{ id: "backend-developer" }, { id: "sre" }];

function check(files: Record<string, string>, cfg: Config = config): Diagnostic[] {
  return validateQuestions(snapshotFromTexts(files), cfg, personas, phases);
}

function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
}

const scale = (id: string, text: string, phase = "building", status = "active") => `  - id: ${id}\n    text: ${JSON.stringify(text)}\n    type: scale\n    phase: ${phase}\n    status: ${status}\n`;
const free = (id: string, text: string, status = "active") => `  - id: ${id}\n    text: ${JSON.stringify(text)}\n    type: text\n    status: ${status}\n`;

describe("validateQuestions", () => {
  it("accepts valid files for existing personas and the common file", () => {
    const files = {
      "survey/questions/common.yml": `questions:\n${scale("build-speed", "Build speed (1-5)")}${free("slow", "What slows you down?")}`,
      "survey/questions/sre.yml": `# SRE only\nquestions:\n${scale("pages", "On-call load (1-5)", "monitoring-and-alerting")}`,
      "survey/questions/README.md": "Not a questions file.",
      "survey/questions/archive/old.yml": "questions: [not, checked]",
    };
    expect(check(files)).toEqual([]);
  });

  it("reports YAML errors at their line as questions-yaml", () => {
    const result = check({ "survey/questions/sre.yml": "questions:\n  - id: a\n    text: [unclosed\n" });
    expect(result.map((d) => d.rule)).toEqual(["questions-yaml"]);
    expect(result[0]!.file).toBe("survey/questions/sre.yml");
    expect(result[0]!.line).toBeGreaterThan(1);
  });

  it("reports schema errors at the offending key, with a did-you-mean for misspelt keys", () => {
    const text = ["questions:", "  - id: pages", "    text: On-call load", "    type: scale", "    phse: monitoring-and-alerting", "    status: active", ""].join("\n");
    const result = check({ "survey/questions/sre.yml": text });
    // The misspelt key also leaves the scale question without its phase, reported at the question.
    expect(brief(result)).toEqual(["survey/questions/sre.yml:2:5 error questions-schema", "survey/questions/sre.yml:5:5 error questions-schema"]);
    expect(result[0]!.message).toBe("`questions[0].phase` is required for a scale question: name the phase id its score is about");
    expect(result[1]!.message).toBe("unknown key `questions[0].phse`");
    expect(result[1]!.suggestion).toBe("did you mean `questions[0].phase`?");
  });

  it.each([
    ["a choice question without options", "    type: choice\n    status: active\n", "`questions[0].options` is required for a choice question"],
    ["options on a text question", "    type: text\n    options: [a, b]\n    status: active\n", "`questions[0].options` is only allowed on choice questions"],
    ["a scale question without a phase", "    type: scale\n    status: active\n", "`questions[0].phase` is required for a scale question"],
    ["retiredIn on an active question", "    type: text\n    status: active\n    retiredIn: 2026-H2\n", "`questions[0].retiredIn` is only allowed on retired questions"],
    ["a missing status", "    type: text\n", '`questions[0].status` must be one of "proposed", "active", "retired"'],
    ["an unknown type", "    type: rating\n    status: active\n", '`questions[0].type` must be one of "scale", "text", "choice"'],
    ["an id that is not kebab-case", "    type: text\n    status: active\n", "`questions[0].id` must be kebab-case", "Bad_Id"],
  ])("rejects %s", (_name, rest, message, id = "q1") => {
    const result = check({ "survey/questions/sre.yml": `questions:\n  - id: ${id}\n    text: Something\n${rest}` });
    expect(result.map((d) => d.rule)).toEqual(["questions-schema"]);
    expect(result[0]!.message).toContain(message);
  });

  it("keeps checking the other questions when one is broken", () => {
    const text = `questions:\n  - id: broken\n    type: text\n${free("a", "Same text")}${free("b", "same  TEXT!")}`;
    expect(check({ "survey/questions/sre.yml": text }).map((d) => d.rule)).toEqual(["questions-schema", "questions-schema", "duplicate-question-text"]);
  });

  it("rejects a file that is not a mapping with a questions list", () => {
    expect(check({ "survey/questions/sre.yml": "- id: a\n" }).map((d) => d.message)).toEqual(["must be a mapping (got a list)"]);
    expect(check({ "survey/questions/sre.yml": "" })).toEqual([]);
  });

  it("reports an unknown phase at its key, suggesting the nearest id or the id of a phase named by name", () => {
    const text = `questions:\n${scale("a", "A (1-5)", "buildng")}${scale("b", "B (1-5)", "code-reviews")}${scale("c", "C (1-5)", "quantum")}`;
    const result = check({ "survey/questions/sre.yml": text });
    expect(brief(result)).toEqual([
      "survey/questions/sre.yml:5:5 error unknown-phase",
      "survey/questions/sre.yml:10:5 error unknown-phase",
      "survey/questions/sre.yml:15:5 error unknown-phase",
    ]);
    expect(result.map((d) => d.suggestion)).toEqual([
      "did you mean `building`?",
      "did you mean `code-review`?",
      "use a phase id from the configuration, or add it under `phases.extra` in the settings file",
    ]);
    expect(result[0]!.message).toBe('question "a" names the unknown phase "buildng"');
  });

  it("accepts a phase added under phases.extra", () => {
    const cfg: Config = { ...config, phases: { includeDefaults: true, extra: [{ id: "data-pipelines", keywords: [] }] } };
    const files = { "survey/questions/sre.yml": `questions:\n${scale("a", "A", "data-pipelines")}` };
    expect(validateQuestions(snapshotFromTexts(files), cfg, personas, resolvePhases(cfg))).toEqual([]);
    expect(check(files).map((d) => d.rule)).toEqual(["unknown-phase"]);
  });

  it("reports a file named after no persona, suggesting the nearest id", () => {
    const result = check({ "survey/questions/backend-developr.yml": "questions: []\n", "survey/questions/zzz.yml": "questions: []\n" });
    expect(brief(result)).toEqual(["survey/questions/backend-developr.yml:1:1 error unknown-persona-file", "survey/questions/zzz.yml:1:1 error unknown-persona-file"]);
    expect(result[0]!.suggestion).toBe("did you mean `survey/questions/backend-developer.yml`? Rename the file to match the persona's id");
    expect(result[1]!.suggestion).toBe("name the file after a persona's id, or `common.yml` for questions everyone is asked");
  });

  it("reads the folder named by survey.questionsPath", () => {
    const cfg: Config = { ...config, survey: { ...config.survey, questionsPath: "./docs/survey/" } };
    const files = { "docs/survey/nobody.yml": "questions: []\n", "survey/questions/nobody.yml": "questions: []\n" };
    expect(brief(validateQuestions(snapshotFromTexts(files), cfg, personas, phases))).toEqual(["docs/survey/nobody.yml:1:1 error unknown-persona-file"]);
  });

  it("warns about a .yaml file, which is not read", () => {
    const result = check({ "survey/questions/sre.yaml": "questions: [broken" });
    expect(brief(result)).toEqual(["survey/questions/sre.yaml:1:1 warning questions-schema"]);
    expect(result[0]!.suggestion).toBe("rename it to `sre.yml`");
  });

  it("reports a questions file listed in the repository but not read", () => {
    const snapshot = { paths: new Set(["survey/questions/sre.yml"]), files: new Map<string, Uint8Array>() };
    expect(validateQuestions(snapshot, config, personas, phases).map((d) => d.rule)).toEqual(["file-unread"]);
  });
});

describe("duplicates within one persona's survey", () => {
  it("reports an id used twice in one file, at the second one", () => {
    const result = check({ "survey/questions/sre.yml": `questions:\n${free("a", "First")}${free("a", "Second")}` });
    expect(brief(result)).toEqual(["survey/questions/sre.yml:6:5 error duplicate-question-id"]);
    expect(result[0]!.message).toBe('question id "a" is already used at line 2');
  });

  it("reports a persona question reusing a common question's id, in the persona's file", () => {
    const result = check({
      "survey/questions/common.yml": `questions:\n${free("slow", "What slows you down?")}`,
      "survey/questions/sre.yml": `questions:\n${free("slow", "What pages you?")}`,
    });
    expect(brief(result)).toEqual(["survey/questions/sre.yml:2:5 error duplicate-question-id"]);
    expect(result[0]!.message).toBe('question id "slow" is already used in survey/questions/common.yml (line 2)');
  });

  it("allows the same id and text in two personas' files, which are different surveys", () => {
    const question = free("deploys", "Deploying and releasing (1-5)");
    expect(check({ "survey/questions/sre.yml": `questions:\n${question}`, "survey/questions/backend-developer.yml": `questions:\n${question}` })).toEqual([]);
  });

  it("reports the same text twice, ignoring case, punctuation and spacing", () => {
    const result = check({
      "survey/questions/common.yml": `questions:\n${free("slow", "What slows you down?")}`,
      "survey/questions/sre.yml": `questions:\n${free("slower", "  what SLOWS you, down ")}`,
    });
    expect(brief(result)).toEqual(["survey/questions/sre.yml:3:5 error duplicate-question-text"]);
    expect(result[0]!.message).toBe('question "slower" asks the same as "slow" in survey/questions/common.yml (line 2)');
  });

  it("does not count retired questions as asking the same text", () => {
    const text = `questions:\n${free("old", "What slows you down?", "retired")}${free("new", "What slows you down?")}`;
    expect(check({ "survey/questions/sre.yml": text })).toEqual([]);
  });

  it("reports duplicates inside common.yml once, not once per persona", () => {
    const result = check({
      "survey/questions/common.yml": `questions:\n${free("a", "Same")}${free("b", "same")}`,
      "survey/questions/sre.yml": "questions: []\n",
      "survey/questions/backend-developer.yml": "questions: []\n",
    });
    expect(brief(result)).toEqual(["survey/questions/common.yml:7:5 error duplicate-question-text"]);
  });
});

describe("the example repository", () => {
  it("has valid questions files for its personas", () => {
    const config = exampleConfig();
    const ids = readdirSync(fileURLToPath(new URL("../../../examples/personas/", import.meta.url))).map((name) => ({ id: name.replace(/\.md$/, "") }));
    expect(validateQuestions(snapshotFromTexts(exampleQuestionFiles()), config, ids, resolvePhases(config))).toEqual([]);
    expect(Object.keys(exampleQuestionFiles()).length).toBeGreaterThanOrEqual(3);
  });
});
