/**
 * Validation benchmark: `validateRepository` over 1,000 and 10,000 generated persona docs (about 2 KB
 * each, with links, anchors and a workflow table; see validate-docs.ts). Each measurement runs in a fresh
 * child process, so peak RSS belongs to that size alone and the time includes what a real run pays for
 * (module loading excepted, JIT warm-up included). A run with no docs gives the runtime's own memory,
 * so memory per doc can be compared across sizes. Targets: 10,000 docs in under 3 s on one core;
 * memory linear in the number of docs.
 *
 * `node --import tsx bench/validate.ts` runs it alone; `bench/run.ts` runs it with the others.
 * VALIDATE_BENCH_SIZES=1000,10000 and VALIDATE_BENCH_REPEATS=3 change what is measured.
 */
import { execFile } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { validateRepository } from "../src/core/validate/validate-repository.js";
import { generateRepository } from "./validate-docs.js";

const SIZES = (process.env.VALIDATE_BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const REPEATS = Number(process.env.VALIDATE_BENCH_REPEATS ?? 3);
const TARGET_MS = 3000;
const execFile$ = promisify(execFile);

interface Measurement {
  docs: number;
  inputMb: number;
  ms: number;
  cpuMs: number;
  rssMb: number;
  diagnostics: number;
}

export async function run(): Promise<string> {
  const baseline = best(await repeat(0));
  const results: Measurement[] = [];
  for (const size of SIZES) results.push(best(await repeat(size)));
  return [...renderTable(results, baseline), "", ...judge(results, baseline)].join("\n");
}

async function repeat(size: number): Promise<Measurement[]> {
  const runs: Measurement[] = [];
  for (let i = 0; i < (size === 0 ? 1 : REPEATS); i++) runs.push(await measure(size));
  return runs;
}

// Other work on a shared machine only ever slows a run down, so the fastest run is the truest; memory
// is reported as the worst peak.
function best(runs: readonly Measurement[]): Measurement {
  return {
    ...runs[0]!,
    ms: Math.min(...runs.map((r) => r.ms)),
    cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

function renderTable(results: readonly Measurement[], baseline: Measurement): string[] {
  return [
    "### Validation (`persona-gov validate`)",
    "",
    `\`validateRepository\` on generated docs, best of ${REPEATS} runs, each in a fresh process. Memory per doc is peak RSS above an empty run (${baseline.rssMb} MB), divided by the docs.`,
    "",
    "| Docs | Input | Wall | CPU | CPU per doc | Peak RSS | Memory per doc | Diagnostics |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.docs.toLocaleString("en-US")} | ${r.inputMb.toFixed(1)} MB | ${seconds(r.ms)} | ${seconds(r.cpuMs)} | ${(r.cpuMs / r.docs).toFixed(3)} ms | ${r.rssMb} MB | ${perDocKb(r, baseline)} KB | ${r.diagnostics} |`,
    ),
  ];
}

function judge(results: readonly Measurement[], baseline: Measurement): string[] {
  const tenK = results.find((r) => r.docs === 10_000);
  const perDoc = results.map((r) => `${perDocKb(r, baseline)} KB`);
  const load = loadavg()[0]!.toFixed(1);
  return [
    tenK === undefined
      ? "- 10,000 docs not measured in this run."
      : `- 10,000 docs: ${seconds(tenK.cpuMs)} CPU, ${seconds(tenK.ms)} wall (target < 3 s on one core): ${tenK.cpuMs < TARGET_MS ? "met" : "NOT met"} by CPU time, ${tenK.ms < TARGET_MS ? "met" : "NOT met"} by wall time.`,
    ...marginal(results),
    `- Memory per doc from the smallest to the largest run: ${perDoc.join(" → ")} (target: linear, i.e. about the same per doc).`,
    `- Load average on this machine during the runs: ${load} (CPU time is far less disturbed by other processes than wall time).`,
  ];
}

/** Cost of each extra doc between the smallest and largest run, and what is left as a fixed start-up cost. */
function marginal(results: readonly Measurement[]): string[] {
  const small = results[0];
  const large = results[results.length - 1];
  if (!small || !large || large.docs === small.docs) return [];
  const perDoc = (large.cpuMs - small.cpuMs) / (large.docs - small.docs);
  const fixed = small.cpuMs - perDoc * small.docs;
  const kb = ((large.rssMb - small.rssMb) * 1024) / (large.docs - small.docs);
  return [`- Each extra doc costs ${perDoc.toFixed(3)} ms of CPU and ${kb.toFixed(1)} KB of memory; the rest, about ${seconds(Math.max(0, fixed))}, is a fixed start-up cost (mostly the JIT warming up).`];
}

function perDocKb(r: Measurement, baseline: Measurement): string {
  return (((r.rssMb - baseline.rssMb) * 1024) / Math.max(1, r.docs)).toFixed(1);
}

async function measure(size: number): Promise<Measurement> {
  const script = fileURLToPath(import.meta.url);
  const { stdout } = await execFile$(process.execPath, ["--import", "tsx", script, "measure", String(size)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as Measurement;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Child-process side: generate, validate once, print one JSON measurement. */
function measureHere(docs: number): void {
  const snapshot = generateRepository(docs);
  let inputBytes = 0;
  for (const bytes of snapshot.files.values()) inputBytes += bytes.byteLength;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const report = validateRepository(snapshot);
  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const measurement: Measurement = {
    docs,
    inputMb: inputBytes / 1e6,
    ms,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    diagnostics: report.diagnostics.length,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

const [, entry, mode, size] = process.argv;
if (entry !== undefined && fileURLToPath(import.meta.url) === entry) {
  if (mode === "measure" && size !== undefined) measureHere(Number(size));
  else process.stdout.write(`${await run()}\n`);
}
