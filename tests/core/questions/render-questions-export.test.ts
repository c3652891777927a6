import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { formatCsv, quoteCsvField } from "../../../src/core/questions/format-csv.js";
import { readQuestionSets } from "../../../src/core/questions/read-question-sets.js";
import { renderQuestionsExport, type QuestionsExportFormat } from "../../../src/core/questions/render-questions-export.js";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";
import { persona } from "../../support/persona-builder.js";
import { expectGolden } from "./golden.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/questions/export/", import.meta.url));
const folder = `${FIXTURES}survey/questions/`;
const texts = Object.fromEntries(readdirSync(folder).map((name) => [`survey/questions/${name}`, readFileSync(`${folder}${name}`, "utf8")]));
const read = readQuestionSets(snapshotFromTexts(texts), defaultConfig());
const sets = read.sets;
const personas = [
  persona({ id: "backend", name: "Backend | API" }),
  persona({ id: "web", name: "Web Developer" }),
  persona({ id: "retired-persona", name: "Old", status: "retired" }),
];

describe("renderQuestionsExport", () => {
  it("reads the fixture without problems", () => {
    expect(read.diagnostics).toEqual([]);
  });

  it.each<[QuestionsExportFormat, string | undefined, string]>([
    ["md", undefined, "expected-all.md"],
    ["md", "backend", "expected-backend.md"],
    ["csv", undefined, "expected-all.csv"],
    ["csv", "backend", "expected-backend.csv"],
    ["json", undefined, "expected-all.json"],
    ["json", "web", "expected-web.json"],
  ])("matches the golden %s export for persona %s", (format, only, golden) => {
    const text = renderQuestionsExport(sets, { format, personas, ...(only === undefined ? {} : { persona: only }) });
    expectGolden(`${FIXTURES}${golden}`, text);
  });

  it("exports only active questions, common first, then each persona's in file order", () => {
    const json = JSON.parse(renderQuestionsExport(sets, { format: "json", personas })) as { groups: { persona: string | null; questions: { id: string }[] }[] };
    expect(json.groups.map((group) => [group.persona, group.questions.map((question) => question.id)])).toEqual([
      [null, ["tenure", "build-speed"]],
      ["backend", ["deploys", "slowest"]],
      ["web", ["bundle"]],
    ]);
  });

  it("includes every file's questions when no personas are given to filter by", () => {
    const json = JSON.parse(renderQuestionsExport(sets, { format: "json" })) as { groups: { persona: string | null; title: string }[] };
    expect(json.groups.map((group) => group.title)).toEqual(["Everyone", "backend", "retired-persona", "web"]);
  });

  it("writes CSV that a CSV parser reads back to the same fields", () => {
    const rows = parse(renderQuestionsExport(sets, { format: "csv", personas }), { relaxColumnCount: false }) as string[][];
    expect(rows[0]).toEqual(["persona", "id", "type", "phase", "text", "options"]);
    expect(rows[1]).toEqual(["common", "tenure", "choice", "", "How long have you been here?", 'Less than a year\n1-3 years\nMore than 3 years, or "forever"']);
    expect(rows.find((row) => row[1] === "slowest")?.[4]).toBe("What's the slowest step, and why? <be honest> @backend-leads");
  });

  it("says so when there is nothing to ask", () => {
    expect(renderQuestionsExport([], { format: "md" })).toContain("No active questions yet.");
    expect(renderQuestionsExport([], { format: "csv" })).toBe("persona,id,type,phase,text,options\r\n");
  });
});

describe("quoteCsvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    [" padded ", '" padded "'],
    ["", ""],
  ])("quotes %j as %j", (value, expected) => {
    expect(quoteCsvField(value)).toBe(expected);
  });

  it("joins records with CRLF and ends with one", () => {
    expect(formatCsv([["a", "b"], ["c,d", "e"]])).toBe('a,b\r\n"c,d",e\r\n');
  });
});
