import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportResult } from "../../../src/core/import/import-document.js";
import { toImportReport } from "../../../src/core/import/import-report.js";

/**
 * Golden cases for the importer: `tests/fixtures/import/<case>/source.md` is a long persona document,
 * `expected/<id>.md` the files it must produce and `expected.json` what `import --format json` prints.
 * Run with `UPDATE_GOLDEN=1` to rewrite the expected files after an intended change, then read the diff.
 */
export const FIXTURES = fileURLToPath(new URL("../../fixtures/import/", import.meta.url));
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === "1";

export interface GoldenCase {
  name: string;
  source: string;
  /** File name (`<id>.md`) → expected content. */
  files: Map<string, string>;
  report: unknown;
}

export function goldenCaseNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
    .sort();
}

export function readGoldenCase(name: string): GoldenCase {
  const dir = join(FIXTURES, name);
  const expectedDir = join(dir, "expected");
  const files = new Map<string, string>();
  if (existsSync(expectedDir)) {
    for (const file of readdirSync(expectedDir).sort()) files.set(file, readFileSync(join(expectedDir, file), "utf8"));
  }
  const reportPath = join(dir, "expected.json");
  return {
    name,
    source: readFileSync(join(dir, "source.md"), "utf8"),
    files,
    report: existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, "utf8")) : undefined,
  };
}

/** Replaces a case's expected files with what the importer produced now. */
export function writeGoldenCase(name: string, result: ImportResult): void {
  const dir = join(FIXTURES, name);
  const expectedDir = join(dir, "expected");
  rmSync(expectedDir, { recursive: true, force: true });
  mkdirSync(expectedDir, { recursive: true });
  for (const persona of result.personas) writeFileSync(join(expectedDir, basename(persona.file)), persona.content);
  writeFileSync(join(dir, "expected.json"), `${JSON.stringify(toImportReport(result), null, 2)}\n`);
}
