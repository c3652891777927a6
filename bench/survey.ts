/**
 * Survey analysis benchmark: generated exports of 10k, 100k and 1M rows (5 personas, 10 score columns,
 * 2 comment columns), each measured twice in a fresh child process for a clean peak RSS: csv-parse
 * alone streaming the file (the floor) and the full analysis. Targets: within 3× of the floor, memory
 * flat in the number of rows, 1M rows in under 30 s.
 *
 * `node --import tsx bench/survey.ts` runs it alone; `bench/run.ts` runs it with the others.
 * Set SURVEY_BENCH_SIZES=10000,100000 to try other sizes.
 */
import { execFile } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse } from "csv-parse";
import { defaultConfig } from "../src/core/config/parse-config.js";
import { analyzeSurveyFile } from "../src/flows/survey/analyze-survey-file.js";
import { BENCH_PERSONAS, BENCH_TOOLS, benchSurveyConfig, writeSurveyCsv } from "./survey-data.js";

const SIZES = (process.env.SURVEY_BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const run$ = promisify(execFile);

interface Measurement {
  ms: number;
  cpuMs: number;
  rssMb: number;
  rows: number;
}

interface Result {
  rows: number;
  bytes: number;
  floor: Measurement;
  full: Measurement;
}

// The machine may be shared, so each figure is the best of a few alternating runs; CPU time is shown
// beside wall time because it is far less disturbed by other processes.
const REPEATS = Number(process.env.SURVEY_BENCH_REPEATS ?? 3);

export async function run(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "persona-gov-survey-bench-"));
  try {
    const results: Result[] = [];
    for (const size of SIZES) {
      const file = join(dir, `survey-${size}.csv`);
      await writeSurveyCsv(file, size);
      const bytes = (await stat(file)).size;
      const floors: Measurement[] = [];
      const fulls: Measurement[] = [];
      for (let attempt = 0; attempt < (size >= 1_000_000 ? Math.min(REPEATS, 2) : REPEATS); attempt++) {
        floors.push(await measure("floor", file));
        fulls.push(await measure("analyze", file));
      }
      results.push({ rows: size, bytes, floor: best(floors), full: best(fulls) });
      await rm(file);
    }
    return [...renderTable(results), "", ...judge(results)].join("\n");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function best(measurements: readonly Measurement[]): Measurement {
  return {
    ms: Math.min(...measurements.map((m) => m.ms)),
    cpuMs: Math.min(...measurements.map((m) => m.cpuMs)),
    rssMb: Math.max(...measurements.map((m) => m.rssMb)),
    rows: measurements[0]!.rows,
  };
}

function renderTable(results: readonly Result[]): string[] {
  return [
    "### Survey analysis (`survey analyze`)",
    "",
    `Best of ${REPEATS} runs (2 at 1M rows), each in a fresh process; RSS is the worst peak. Ratios are the full analysis over csv-parse alone.`,
    "",
    "| Rows | File | csv-parse alone | CPU | Peak RSS | Full analysis | CPU | Peak RSS | Ratio (wall) | Ratio (CPU) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      ({ rows, bytes, floor, full }) =>
        `| ${rows.toLocaleString("en-US")} | ${(bytes / 1e6).toFixed(1)} MB | ${seconds(floor.ms)} | ${seconds(floor.cpuMs)} | ${floor.rssMb} MB | ${seconds(full.ms)} | ${seconds(full.cpuMs)} | ${full.rssMb} MB | ${(full.ms / floor.ms).toFixed(2)}× | ${(full.cpuMs / floor.cpuMs).toFixed(2)}× |`,
    ),
  ];
}

function judge(results: readonly Result[]): string[] {
  const worstWall = Math.max(...results.map((result) => result.full.ms / result.floor.ms));
  const worstCpu = Math.max(...results.map((result) => result.full.cpuMs / result.floor.cpuMs));
  const rss = results.map((result) => result.full.rssMb);
  const million = results.find((result) => result.rows === 1_000_000);
  return [
    `- Ratio to the floor: worst ${worstWall.toFixed(2)}× wall, ${worstCpu.toFixed(2)}× CPU (target ≤ 3×): ${worstWall <= 3 ? "met" : "NOT met"}.`,
    `- Peak RSS of the analysis from the smallest to the largest export: ${rss.join(" → ")} MB (target: flat; the file grows ${results.length > 1 ? `${Math.round(results[results.length - 1]!.bytes / results[0]!.bytes)}×` : "–"}).`,
    million === undefined
      ? "- 1M rows not measured in this run."
      : `- 1M rows: ${seconds(million.full.ms)} (target < 30 s): ${million.full.ms < 30_000 ? "met" : "NOT met"}.`,
  ];
}

async function measure(mode: "floor" | "analyze", file: string): Promise<Measurement> {
  const script = fileURLToPath(import.meta.url);
  const { stdout } = await run$(process.execPath, ["--import", "tsx", script, mode, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as Measurement;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Child-process side: one measurement, printed as JSON. */
async function measureHere(mode: string, file: string): Promise<void> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  if (mode === "floor") {
    rows = (await countCsvRecords(file)) - 1;
  } else {
    const config = benchSurveyConfig(defaultConfig());
    const analysis = await analyzeSurveyFile({ path: file, config: { ...config, tools: BENCH_TOOLS }, personas: BENCH_PERSONAS });
    rows = analysis.respondents;
  }
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb, rows })}\n`);
}

// The floor: csv-parse with the reader's options, drained as fast as Node allows (a read() loop on
// every 'readable'), doing nothing with the records.
function countCsvRecords(file: string): Promise<number> {
  const options = { bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true };
  const parser = createReadStream(file).pipe(parse(options));
  let records = 0;
  return new Promise((resolve, reject) => {
    parser.on("readable", () => {
      while (parser.read() !== null) records++;
    });
    parser.on("end", () => resolve(records));
    parser.on("error", reject);
  });
}

const [, entry, mode, file] = process.argv;
if (entry !== undefined && fileURLToPath(import.meta.url) === entry) {
  if (mode !== undefined && file !== undefined) await measureHere(mode, file);
  else process.stdout.write(`${await run()}\n`);
}
