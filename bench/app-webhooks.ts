/**
 * Webhook handling of the GitHub App, end to end: a signed `issues.opened` persona question is POSTed
 * to `probot run` (a child process), which verifies it, routes it and makes its API calls against the
 * fake GitHub on loopback, and answers once the handler is done. The same load goes to a bare Probot
 * app that registers an empty `issues.opened` handler: the framework's floor.
 *
 * Reported for concurrency 1 and 16: p50 and p99 latency, throughput, and the API calls per question
 * in steady state (programs and team members cached). The target is p50 ≤ 2 × (floor p50 + the
 * unavoidable API calls), where one call costs what a plain authenticated GET to the fake costs from
 * this process.
 *
 * Both servers run with Probot's Octokit plugins for throttling and retries off, as in the tests: the
 * throttling plugin waits 1 s between writes and 3 s between notifying writes of one client (GitHub's
 * advice against secondary rate limits), and the retry plugin schedules every request through a new
 * Bottleneck limiter, which costs a few ms per request here. Either would measure the framework's
 * plugins rather than the App, so two extra rows show them: retries on, and `probot run` as shipped.
 * `node --import tsx bench/app-webhooks.ts` runs it alone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PROGRAM_FILES } from "../tests/app/support/app-harness.js";
import { startFakeGitHub, type FakeGitHub } from "../tests/support/fake-github/index.js";
import { callFloor, drive, INSTALLATION, OWNER, percentile, REPO, SECRET } from "./app-webhooks-load.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOADS = [
  { concurrency: 1, requests: 150 },
  { concurrency: 16, requests: 480 },
];
const WARM_UP = 20;
/** Questions sent to the unmodified `probot run`, whose write pacing makes each take seconds. */
const PACED_REQUESTS = 4;
const APP = "./src/app/index.ts";

interface Figures {
  app: string;
  concurrency: number;
  requests: number;
  p50: number;
  p99: number;
  throughput: number;
  callsPerQuestion: number;
}

export async function run(): Promise<string> {
  const gh = await startFakeGitHub();
  seed(gh);
  const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  const rows: Figures[] = [];
  try {
    for (const [name, entry] of [["bare Probot (floor)", bareApp()], ["persona-governance", APP]] as const) {
      rows.push(...(await measureServer(gh, privateKey, name, ["bench/app-webhooks.ts", "serve", entry], LOADS)));
    }
    const retries = [{ concurrency: 1, requests: LOADS[0]?.requests ?? 100 }];
    rows.push(...(await measureServer(gh, privateKey, "persona-governance, retry plugin on", ["bench/app-webhooks.ts", "serve", APP, "--retry"], retries)));
    const shipped = ["node_modules/probot/bin/probot.js", "run", APP];
    rows.push(...(await measureServer(gh, privateKey, "persona-governance, `probot run` as shipped (write pacing on)", shipped, [{ concurrency: 1, requests: PACED_REQUESTS }], 1)));
    const calls = new Map<number, number>();
    for (const load of LOADS) calls.set(load.concurrency, await callFloor(gh, load.concurrency));
    return render(rows, calls);
  } finally {
    await gh.close();
  }
}

/** Starts a server, warms it up, and measures each load. */
async function measureServer(gh: FakeGitHub, privateKey: string, app: string, args: readonly string[], loads: readonly { concurrency: number; requests: number }[], warmUp = WARM_UP): Promise<Figures[]> {
  const server = await startServer(args, gh, privateKey);
  try {
    await drive(server.url, gh, warmUp, 1);
    const rows: Figures[] = [];
    for (const load of loads) rows.push({ app, ...(await measure(server.url, gh, load)) });
    return rows;
  } finally {
    await stop(server.process);
  }
}

function seed(gh: FakeGitHub): void {
  gh.addOrg(OWNER, { members: ["alice", "jo"] });
  gh.addTeam(OWNER, "sre", ["sam", "ravi", "tess"]);
  gh.addRepo({ owner: OWNER, repo: REPO, files: PROGRAM_FILES });
  gh.setPermission(OWNER, REPO, "alice", "write");
  gh.addInstallation(INSTALLATION, { account: OWNER });
}

/** A Probot app with one empty handler, written to a temporary file for `probot run`. */
function bareApp(): string {
  const file = join(mkdtempSync(join(tmpdir(), "bare-probot-")), "bare-app.mjs");
  writeFileSync(file, 'export default (app) => { app.on("issues.opened", async () => {}); };\n');
  return file;
}

async function startServer(args: readonly string[], gh: FakeGitHub, privateKey: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const entry = args.join(" ");
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env: { PATH: process.env["PATH"] ?? "", APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: SECRET, PORT: String(port), HOST: "127.0.0.1", GHE_HOST: gh.gheHost, GHE_PROTOCOL: "http", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    if (await fetch(`${url}/ping`).then((response) => response.ok, () => false)) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${entry} did not start`);
}

async function measure(url: string, gh: FakeGitHub, load: { concurrency: number; requests: number }) {
  const before = gh.requests.length;
  const started = performance.now();
  const latencies = await drive(url, gh, load.requests, load.concurrency);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const tokenCalls = gh.requests.slice(before).filter((r) => r.operationId === "apps/create-installation-access-token").length;
  return {
    concurrency: load.concurrency,
    requests: load.requests,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    throughput: load.requests / seconds,
    callsPerQuestion: (gh.requests.length - before - tokenCalls) / load.requests,
  };
}

function render(rows: readonly Figures[], calls: ReadonlyMap<number, number>): string {
  const lines = [
    "### GitHub App: webhook handling end to end (`issues.opened` question → probot run → fake GitHub on loopback)",
    "",
    "| App | Concurrency | Requests | p50 (ms) | p99 (ms) | Throughput (req/s) | API calls per question |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => `| ${r.app} | ${r.concurrency} | ${r.requests} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.throughput.toFixed(r.throughput < 10 ? 1 : 0)} | ${r.callsPerQuestion.toFixed(2)} |`),
    "",
  ];
  for (const load of LOADS) {
    const floor = rows.find((r) => r.app.startsWith("bare") && r.concurrency === load.concurrency);
    const ours = rows.find((r) => r.app === "persona-governance" && r.concurrency === load.concurrency);
    const four = calls.get(load.concurrency);
    if (floor === undefined || ours === undefined || four === undefined) continue;
    const budget = 2 * (floor.p50 + four);
    lines.push(`- Concurrency ${load.concurrency}: p50 ${ours.p50.toFixed(1)} ms against a target of 2 × (floor ${floor.p50.toFixed(1)} ms + the four API calls ${four.toFixed(1)} ms) = ${budget.toFixed(1)} ms: ${ours.p50 <= budget ? "met" : "NOT met"}.`);
  }
  lines.push("- \"The four API calls\": the requests of one question sent with plain `fetch` from another process at the same concurrency, without the App (median). The fake GitHub shares this process with the load generator, so at concurrency 16 it is the bottleneck for both.");
  const counts = [...new Set(rows.filter((r) => !r.app.startsWith("bare")).map((r) => r.callsPerQuestion.toFixed(2)))];
  lines.push(`- Steady state: ${counts.join(", ")} API calls per question (target ≤ 4): list comments, add labels, add assignees, create the comment. The cached program is revalidated with one conditional request (304) at most once a minute per repository, which this load does not reach.`);
  return lines.join("\n");
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/**
 * `serve APP [--retry]`: what `probot run APP` does (settings from the environment), with Octokit's
 * throttling plugin off and the retry plugin off unless asked for. Passing a function to `defaults` is
 * the form probot 14.3.2 honours.
 */
async function serve(appPath: string, retry: boolean): Promise<void> {
  const { run: runProbot, ProbotOctokit } = await import("probot");
  const appModule = (await import(pathToFileURL(resolve(ROOT, appPath)).href)) as { default: Parameters<typeof runProbot>[0] };
  const Octokit = ProbotOctokit.defaults((options: object) => ({ ...options, throttle: { enabled: false }, retry: { enabled: retry } }));
  await runProbot(appModule.default, { Octokit });
}

const [, script, mode, appPath, flag] = process.argv;
if (script !== undefined && fileURLToPath(import.meta.url) === resolve(script)) {
  if (mode === "serve" && appPath !== undefined) await serve(appPath, flag === "--retry");
  else process.stdout.write(`${await run()}\n`);
}
