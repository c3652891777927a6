import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SurveyInputError } from "../../../src/core/survey/survey-input-error.js";
import { openSurveyRows, type SurveyRow } from "../../../src/flows/survey/read-survey-rows.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/survey/${name}`, import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "survey-rows-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function readAll(path: string): Promise<{ header: string[]; rows: SurveyRow[]; format: string }> {
  const source = await openSurveyRows(path, { multiValueSeparator: ";", name: "export" });
  const rows: SurveyRow[] = [];
  for await (const batch of source.batches) rows.push(...batch);
  return { header: source.header, rows, format: source.format };
}

async function problemOf(path: string): Promise<string> {
  try {
    await readAll(path);
  } catch (error) {
    if (error instanceof SurveyInputError) return error.message;
    throw error;
  }
  throw new Error("expected a SurveyInputError");
}

describe("openSurveyRows: CSV", () => {
  it("reads a spreadsheet export: BOM, CRLF, quoted multi-line fields, spreadsheet row numbers", async () => {
    const { header, rows, format } = await readAll(fixture("export.csv"));
    expect(format).toBe("csv");
    expect(header[0]).toBe("Timestamp");
    expect(rows[0]!.values[5]).toBe("Flaky tests in CI, and Jenkins queues are slow.\r\nPlease fix! cc @alice @acme/ci-team");
    expect(rows[10]!.values[6]).toBe('@bob said the "debugger" crashes');
    // The blank row 14 is no respondent, but the rows after it keep their spreadsheet numbers.
    expect(rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]);
  });

  it("detects semicolon-separated exports", async () => {
    const path = await write("semi.csv", 'Persona;"Score; out of 5";Comment\nSRE;4;"a, b"\n');
    expect((await readAll(path)).rows[0]!.values).toEqual(["SRE", "4", "a, b"]);
  });

  it("reads tab-separated .tsv files", async () => {
    const path = await write("export.tsv", "Persona\tComment\nSRE\tslow, very\n");
    expect((await readAll(path)).rows[0]!.values).toEqual(["SRE", "slow, very"]);
  });

  it("skips blank lines before the header", async () => {
    const path = await write("blank-first.csv", "\n\nPersona,Comment\nSRE,x\n");
    const { header, rows } = await readAll(path);
    expect(header).toEqual(["Persona", "Comment"]);
    expect(rows).toEqual([{ values: ["SRE", "x"], row: 4 }]);
  });

  it("yields no rows for a header-only export", async () => {
    const path = await write("header-only.csv", "Persona,Comment\r\n");
    expect((await readAll(path)).rows).toEqual([]);
  });

  it("reports an unclosed quote with its line", async () => {
    const path = await write("cut.csv", 'Persona,Comment\nSRE,"never closed\nmore\n');
    expect(await problemOf(path)).toMatch(/^export line \d+: not readable as CSV: .*A quoted field is never closed/);
  });
});

describe("openSurveyRows: JSON and JSON Lines", () => {
  it("reads a JSON array, joining multi-select arrays with the separator", async () => {
    const { header, rows, format } = await readAll(fixture("export.json"));
    expect(format).toBe("json");
    expect(header).toContain("Anything else?");
    expect(rows[0]!.values[1]).toBe("Backend Developer;SRE");
    expect(rows[0]!.values[2]).toBe("2");
    expect(rows).toHaveLength(13);
  });

  it("reads JSON Lines with CRLF line ends, numbering rows by line", async () => {
    const { rows, format } = await readAll(fixture("export.jsonl"));
    expect(format).toBe("jsonl");
    expect(rows.map((row) => row.row).slice(0, 3)).toEqual([1, 2, 3]);
  });

  it("handles brackets, braces and escaped quotes inside JSON strings, and a BOM", async () => {
    const path = await write("tricky.json", '\uFEFF[ {"a": "x ] } , [ {", "b": "say \\"hi\\""}, {"a": "\\\\"} ]');
    const { rows } = await readAll(path);
    expect(rows.map((row) => row.values)).toEqual([["x ] } , [ {", 'say "hi"'], ["\\", ""]]);
  });

  it.each([
    ["text.json", 'responses: none', /expected a JSON array of response objects, or JSON Lines/],
    ["cut.json", '[{"a": 1}, {"a": ', /not closed|not valid JSON/],
    ["scalar.json", "[1, 2]", /element 1 of the array is not a JSON object/],
    ["bad.jsonl", '{"a": 1}\n{oops}\n', /^export line 2 is not valid JSON/],
  ])("explains what is wrong with %s", async (name, content, message) => {
    expect(await problemOf(await write(name, content))).toMatch(message);
  });
});

describe("openSurveyRows: files that are not exports", () => {
  it("reports a missing file", async () => {
    expect(await problemOf(join(dir, "nope.csv"))).toBe("export: no such file. Check the path to the survey export.");
  });

  it("reports a folder", async () => {
    expect(await problemOf(dir)).toMatch(/is a directory/);
  });

  it.each([["empty.csv", ""], ["bom-only.csv", "\uFEFF\r\n  \r\n"], ["empty.json", " "]])("reports %s as empty", async (name, content) => {
    expect(await problemOf(await write(name, content))).toBe("export is empty: export the survey responses again, with the header row.");
  });
});
