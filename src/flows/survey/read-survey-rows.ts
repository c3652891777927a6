import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import { SurveyInputError } from "../../core/survey/survey-input-error.js";
import { detectSurveyFormat, type SurveyFormat } from "./detect-survey-format.js";
import { readJsonRecords, type JsonRecord } from "./read-json-records.js";

export interface SurveyRow {
  /** Answers aligned with `header`; missing answers are empty strings. */
  values: string[];
  /**
   * Where the row is in the export, for finding it again: for CSV the spreadsheet row (the header is
   * row 1, so the first response is row 2, however many lines its quoted fields span); for JSON Lines
   * the line number; for a JSON array the element's 1-based position.
   */
  row: number;
}

export interface SurveyRows {
  format: SurveyFormat;
  header: string[];
  /** The responses in file order, a batch at a time (whatever one chunk of the file held). */
  batches: AsyncIterable<SurveyRow[]>;
  /** Releases the file when the rows are not read to the end (e.g. the mapping was wrong). */
  close(): Promise<void>;
}

export interface ReadSurveyOptions {
  /** Joins JSON arrays (multi-select answers) into one answer, as CSV exports do. */
  multiValueSeparator: string;
  /** How messages name the file (e.g. the path as the user typed it); defaults to `path`. */
  name?: string;
}

/**
 * Opens a survey export for streaming: CSV (with csv-parse, so quoted multi-line fields, CRLF and a BOM
 * are handled), a JSON array of objects, or JSON Lines. The header is read first so the mapping can be
 * checked before any row; rows then arrive in batches as the file is read, and the file is never held whole. For JSON
 * the header is every key seen in any record, which costs one extra streaming pass.
 *
 * @throws SurveyInputError when the file is missing, empty or not parseable, naming the file and line
 */
export async function openSurveyRows(path: string, options: ReadSurveyOptions): Promise<SurveyRows> {
  const name = options.name ?? path;
  const detected = await detectSurveyFormat(path).catch((error: unknown) => {
    throw new SurveyInputError([describeOpenError(name, error)]);
  });
  if (!detected.hasContent) throw new SurveyInputError([emptyMessage(name)]);
  if (detected.format === "csv") return openCsv(path, name, detected.delimiter);
  const header = await collectJsonKeys(path, name, detected.format);
  const batches = jsonBatches(path, name, detected.format, header, options.multiValueSeparator);
  return { format: detected.format, header, batches, close: async () => void (await batches.return(undefined)) };
}

async function openCsv(path: string, name: string, delimiter: string): Promise<SurveyRows> {
  const parser = createReadStream(path).pipe(
    // Blank lines are kept as records so row numbers stay those a spreadsheet shows; they are dropped below.
    parse({ bom: true, delimiter, relax_column_count: true }),
  );
  const batches = readBatches(parser, name);
  const start = await takeHeader(batches, name);
  const { header, pending } = start;
  let row = start.row;
  const number = (records: string[][]): SurveyRow[] => {
    const numbered: SurveyRow[] = [];
    for (const values of records) {
      row++;
      if (!isBlank(values)) numbered.push({ values, row });
    }
    return numbered;
  };
  async function* rows(): AsyncGenerator<SurveyRow[]> {
    yield number(pending);
    for await (const batch of batches) yield number(batch);
  }
  return { format: "csv", header, batches: rows(), close: async () => void parser.destroy() };
}

// The header is the first record with any content; blank records before it still count as rows.
async function takeHeader(batches: AsyncGenerator<string[][]>, name: string): Promise<{ header: string[]; pending: string[][]; row: number }> {
  let row = 0;
  for (;;) {
    const next = await batches.next();
    if (next.done === true) throw new SurveyInputError([emptyMessage(name)]);
    const pending = next.value;
    while (pending.length > 0) {
      const record = pending.shift()!;
      row++;
      if (!isBlank(record)) return { header: record, pending, row };
    }
  }
}

// Drains whatever the parser has buffered in one go and yields it as a batch: one await per chunk of
// the file instead of one per record, which matters at a million rows.
async function* readBatches(parser: Readable, name: string): AsyncGenerator<string[][]> {
  for (;;) {
    const batch: string[][] = [];
    for (let record = parser.read() as string[] | null; record !== null; record = parser.read() as string[] | null) batch.push(record);
    if (batch.length > 0) yield batch;
    else if (parser.readableEnded) return;
    else await whenReadable(parser, name);
  }
}

function whenReadable(stream: Readable, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: unknown): void => {
      stream.off("readable", done).off("end", done).off("error", done);
      if (error === undefined) resolve();
      else reject(new SurveyInputError([describeCsvError(name, error)]));
    };
    if (stream.errored !== null) done(stream.errored);
    else if (stream.readableEnded) done();
    else stream.on("readable", done).on("end", done).on("error", done);
  });
}

async function collectJsonKeys(path: string, name: string, format: "json" | "jsonl"): Promise<string[]> {
  const keys = new Set<string>();
  for await (const { record } of readJsonRecords(path, name, format)) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}

async function* jsonBatches(
  path: string,
  name: string,
  format: "json" | "jsonl",
  header: readonly string[],
  separator: string,
): AsyncGenerator<SurveyRow[]> {
  for await (const { record, row } of readJsonRecords(path, name, format)) {
    const values = header.map((key) => answerText(record, key, separator));
    if (!isBlank(values)) yield [{ values, row }];
  }
}

/** A row with no answer at all (a blank line, a row of empty cells, `{}`) is not a respondent. */
function isBlank(values: readonly string[]): boolean {
  for (const value of values) if (value.trim() !== "") return false;
  return true;
}

function answerText(record: JsonRecord, key: string, separator: string): string {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((item) => answerText({ item }, "item", separator)).join(separator);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function emptyMessage(name: string): string {
  return `${name} is empty: export the survey responses again, with the header row.`;
}

function describeOpenError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return `${path}: no such file. Check the path to the survey export.`;
  if (code === "EISDIR") return `${path} is a directory; give the path to the survey export file.`;
  if (code === "EACCES") return `${path} cannot be read: permission denied.`;
  return `${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

function describeCsvError(path: string, error: unknown): string {
  if (error instanceof SurveyInputError) return error.message;
  const csv = error as Partial<CsvError> & { message?: string };
  const line = typeof csv.lines === "number" ? ` line ${csv.lines}` : "";
  const hint = csv.code === "CSV_QUOTE_NOT_CLOSED" ? " A quoted field is never closed; was the export cut short?" : "";
  return `${path}${line}: not readable as CSV: ${csv.message ?? String(error)}.${hint}`;
}
