import { describe, expect, it } from "vitest";
import { importDocument, type ImportResult } from "../../../src/core/import/import-document.js";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";
import { validateRepository } from "../../../src/core/validate/validate-repository.js";
import { readGoldenCase } from "./golden.js";

/** The imported files as a repository, each with a champion added as the importer asks. */
function validateImported(result: ImportResult, extraPaths: string[] = []) {
  const texts = Object.fromEntries(result.personas.map((p) => [p.file, p.content.replace("champions: []", 'champions: ["@octocat"]')]));
  return validateRepository(snapshotFromTexts(texts, extraPaths));
}

describe("imported persona files", () => {
  const source = readGoldenCase("single-handbook").source;

  it("validate with no errors once champions are added", () => {
    const fixed = source.replace("(#sre-on-call-engineer)", "(#sreon-call-engineer)");
    const result = importDocument(fixed, "source.md", { personasDir: "personas" });
    expect(result.diagnostics).toEqual([]);
    const report = validateImported(result, ["runbooks/paging.md"]);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.personas.map((p) => p.id)).toEqual(["backend-developer", "data-scientist-ml", "sreon-call-engineer"]);
  });

  it("fail validation without champions, which is how the importer asks for them", () => {
    const result = importDocument(source, "source.md", { personasDir: "personas" });
    const report = validateRepository(snapshotFromTexts(Object.fromEntries(result.personas.map((p) => [p.file, p.content])), ["runbooks/paging.md"]));
    expect(report.diagnostics.filter((d) => d.rule === "champions-missing").map((d) => d.file)).toEqual(result.personas.map((p) => p.file).sort());
  });

  it("keep exactly the broken anchors the importer warned about", () => {
    const result = importDocument(source, "source.md", { personasDir: "personas" });
    const warned = result.diagnostics.filter((d) => d.rule === "broken-anchor");
    const errors = validateImported(result, ["runbooks/paging.md"]).diagnostics.filter((d) => d.severity === "error");
    expect(warned).toHaveLength(1);
    expect(errors.map((d) => [d.rule, d.file])).toEqual([["broken-anchor", "personas/data-scientist-ml.md"]]);
    expect(errors[0]?.message).toContain("#sre-on-call-engineer");
  });
});
