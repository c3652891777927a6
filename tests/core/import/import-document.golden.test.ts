import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../../src/core/import/import-document.js";
import { toImportReport } from "../../../src/core/import/import-report.js";
import { goldenCaseNames, readGoldenCase, UPDATE_GOLDEN, writeGoldenCase } from "./golden.js";

describe.each(goldenCaseNames())("importDocument golden case %s", (name) => {
  const golden = readGoldenCase(name);
  const result = importDocument(golden.source, "source.md", { personasDir: "personas" });
  if (UPDATE_GOLDEN) writeGoldenCase(name, result);
  const expected = UPDATE_GOLDEN ? readGoldenCase(name) : golden;

  it("produces exactly the expected files", () => {
    expect(result.personas.map((p) => basename(p.file)).sort()).toEqual([...expected.files.keys()]);
    for (const persona of result.personas) {
      expect(persona.content, persona.file).toBe(expected.files.get(basename(persona.file)));
    }
  });

  it("reports the expected personas, skipped sections and diagnostics", () => {
    expect(toImportReport(result)).toEqual(expected.report);
  });

  it("is deterministic", () => {
    expect(importDocument(golden.source, "source.md", { personasDir: "personas" })).toEqual(result);
  });
});
