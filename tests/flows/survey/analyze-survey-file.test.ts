import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SurveyAnalysis } from "../../../src/core/survey/survey-analysis.js";
import { SurveyInputError } from "../../../src/core/survey/survey-input-error.js";
import { analyzeSurveyFile } from "../../../src/flows/survey/analyze-survey-file.js";
import { analyseFixture, FIXTURE_PERSONAS, fixtureConfig } from "../../core/survey/fixture-analysis.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/survey/${name}`, import.meta.url));
const analyze = (path: string): Promise<SurveyAnalysis> => analyzeSurveyFile({ path, name: "export", config: fixtureConfig(), personas: FIXTURE_PERSONAS });

// Row numbers differ between formats by design (spreadsheet rows, lines, array positions).
function withoutRows(analysis: SurveyAnalysis): unknown {
  return JSON.parse(JSON.stringify(analysis, (key, value: unknown) => (key === "row" ? undefined : value)));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "survey-analyze-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("analyzeSurveyFile", () => {
  it("streams a CSV export to the same analysis as the in-memory core", async () => {
    expect(await analyze(fixture("export.csv"))).toEqual(analyseFixture());
  });

  it.each(["export.json", "export.jsonl"])("gives the same analysis from %s as from the CSV", async (name) => {
    const csv = withoutRows(await analyze(fixture("export.csv")));
    const other = withoutRows(await analyze(fixture(name)));
    expect(other).toEqual(csv);
  });

  it("checks the mapping against the header before reading rows", async () => {
    const path = join(dir, "wrapped.json");
    await writeFile(path, '{"responses": []}');
    await expect(analyze(path)).rejects.toThrow(/survey.personaColumn names the column "Which personas describe you\?".*The header has: "responses"/s);
  });

  it("refuses an export with a header but no responses", async () => {
    const path = join(dir, "header-only.csv");
    await writeFile(path, "Which personas describe you?,How satisfied are you with CI?,How satisfied are you with code review?,\"Overall, how happy are you with your tools?\",What slows you down the most?,Anything else?\n");
    await expect(analyze(path)).rejects.toThrow(new SurveyInputError(["export has a header row but no responses: export the survey again once people have answered."]));
  });
});
