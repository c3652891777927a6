/**
 * Generated survey exports for the benchmark: realistic enough to exercise every path (multi-select
 * personas, unknown and empty persona answers, skipped and out-of-range scores, quoted comments with
 * commas, quotes and line breaks, tool names) and deterministic (a seeded generator).
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Config, ToolDefinition } from "../src/core/config/config-schema.js";

export const BENCH_PERSONAS = [
  { id: "backend", name: "Backend Developer", aliases: ["Backend"], previously: [] },
  { id: "web", name: "Web Developer", aliases: ["Frontend"], previously: [] },
  { id: "sre", name: "SRE", aliases: ["Site Reliability Engineer"], previously: [] },
  { id: "data-scientist", name: "Data Scientist", aliases: [], previously: [] },
  { id: "mobile", name: "Mobile Developer", aliases: ["iOS", "Android"], previously: [] },
];

export const BENCH_TOOLS: ToolDefinition[] = [
  { name: "Jenkins", aliases: [], phase: "building", owner: "@acme/ci" },
  { name: "GitHub Actions", aliases: ["GHA"], phase: "building", owner: "@acme/ci" },
  { name: "Bazel", aliases: [], phase: "building", owner: "@acme/build" },
  { name: "Artifactory", aliases: [], phase: "dependency-management", owner: "@acme/deps" },
  { name: "Spinnaker", aliases: [], phase: "release-and-deployment", owner: "@acme/deploy" },
  { name: "PagerDuty", aliases: [], phase: "monitoring-and-alerting", owner: "@acme/sre" },
  { name: "Grafana", aliases: [], phase: "monitoring-and-alerting", owner: "@acme/observability" },
  { name: "Jira", aliases: [], phase: "bug-tracking", owner: "@acme/pm-tools" },
  { name: "Gerrit", aliases: [], phase: "code-review", owner: "@acme/review" },
  { name: "VS Code", aliases: ["vscode"], phase: "editing-code", owner: "@acme/devex" },
];

const SCORE_PHASES = [
  "design-and-planning", "source-control", "editing-code", "building", "debugging",
  "dependency-management", "testing", "code-review", "release-and-deployment", "monitoring-and-alerting",
];
const PERSONA_COLUMN = "Which personas describe you?";
const COMMENT_COLUMNS = ["What slows you down the most?", "Anything else you want to tell us?"];
const scoreColumn = (phase: string): string => `How satisfied are you with ${phase.replaceAll("-", " ")}?`;

/** The `survey` section matching the generated exports. */
export function benchSurveyConfig(config: Config): Config {
  return {
    ...config,
    survey: {
      ...config.survey,
      personaColumn: PERSONA_COLUMN,
      scoreColumns: Object.fromEntries(SCORE_PHASES.map((phase) => [scoreColumn(phase), phase])),
      commentColumns: COMMENT_COLUMNS,
      cycle: "2026-H2",
    },
  };
}

const FRAGMENTS = [
  "the CI pipeline is slow and Jenkins queues for twenty minutes",
  "flaky tests block every merge",
  "integration tests take forever to run locally",
  "GitHub Actions runners are often unavailable",
  "Bazel remote cache misses make builds slow",
  "dependency upgrades break things, Artifactory is down at times",
  "deploys through Spinnaker fail without a clear reason",
  "PagerDuty pages me at night for alerts nobody can act on",
  "Grafana dashboards are hard to find",
  "code review turnaround takes days, reviewers are overloaded",
  "Gerrit is confusing for new hires",
  "Jira tickets pile up in the backlog without triage",
  "VS Code autocomplete is slow in the monorepo",
  "merge conflicts in the monorepo every day",
  "debugging production issues without a local repro is painful",
  "design docs go unread and planning is rushed",
  "the coffee machine on floor 3 is broken",
  "too many meetings, not enough focus time",
  "onboarding documentation is outdated",
  "I love the new laptop",
];

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function makeRow(random: () => number, row: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  const personas =
    roll < 0.03 ? "" : roll < 0.05 ? "Engineering Manager" : roll < 0.35 ? `${pick(BENCH_PERSONAS).name};${pick(BENCH_PERSONAS).name}` : pick(BENCH_PERSONAS).name;
  const scores = SCORE_PHASES.map(() => {
    const r = random();
    return r < 0.02 ? "" : r < 0.021 ? "7" : String(1 + Math.floor(random() * 5));
  });
  const comments = COMMENT_COLUMNS.map((_, index) => {
    if (random() < (index === 0 ? 0.15 : 0.6)) return "";
    const first = pick(FRAGMENTS);
    const text = random() < 0.5 ? `${first}, and ${pick(FRAGMENTS)}.` : `${first}.`;
    return random() < 0.05 ? `${text}\r\nAlso: "${pick(FRAGMENTS)}" (row ${row})` : text;
  });
  return [`2026-05-${String(1 + (row % 28)).padStart(2, "0")}`, personas, ...scores, ...comments].map(csvField).join(",");
}

/** Writes a CSV export of `rows` responses (CRLF line ends and a BOM, as spreadsheet tools write). */
export async function writeSurveyCsv(path: string, rows: number, seed = 42): Promise<void> {
  const random = mulberry32(seed);
  const out = createWriteStream(path, { encoding: "utf8" });
  const header = ["Timestamp", PERSONA_COLUMN, ...SCORE_PHASES.map(scoreColumn), ...COMMENT_COLUMNS];
  out.write(`\uFEFF${header.map(csvField).join(",")}\r\n`);
  const batch: string[] = [];
  for (let row = 2; row <= rows + 1; row++) {
    batch.push(makeRow(random, row));
    if (batch.length === 1000 || row === rows + 1) {
      if (!out.write(`${batch.join("\r\n")}\r\n`)) await once(out, "drain");
      batch.length = 0;
    }
  }
  out.end();
  await once(out, "finish");
}
