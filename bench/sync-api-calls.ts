/**
 * API calls of a sync, against the local fake GitHub, next to the fewest the REST API allows.
 *
 * For N = 10 and 100 generated personas (about 2 KB each) in a repository that already has a
 * hand-written CODEOWNERS and 150 labels of its own, it counts the requests of a plan, a first apply
 * (files through a pull request) and a second apply right after it.
 *
 * The minimum model (REST, one request per resource, lists at 100 per page):
 * - plan = 1 repository (default branch) + 1 recursive tree + 1 per file read (the settings file, the N
 *   persona docs, the managed files that exist) + ⌈labels / 100⌉ label pages + 1 issue count per label
 *   listed under `labels.delete` (none here). No request is spent on a file the tree says is absent.
 * - first apply = plan + 1 write per label operation + the file delivery: 3 reads to converge (base
 *   branch, sync branch, open pull request) and 4 writes (tree, commit, branch, pull request).
 * - second apply = plan + the same 3 reads, and no write.
 *
 * Write pacing is scaled down, so the run takes seconds; wall-clock time is not what this measures.
 * `node --import tsx bench/sync-api-calls.ts` runs it alone.
 */
import { applyRepositorySync } from "../src/flows/sync/apply-sync-flow.js";
import { planRepositorySync } from "../src/flows/sync/plan-sync-flow.js";
import { createOctokit } from "../src/github/create-octokit.js";
import { createOctokitGateway } from "../src/github/create-octokit-gateway.js";
import type { GitHubGateway, RequestStats } from "../src/github/gateway.js";
import { startFakeGitHub } from "../tests/support/fake-github/start-fake-github.js";
import { generateRepository } from "./validate-docs.js";

const SIZES = [10, 100];
const EXISTING_LABELS = 150;
const REPO = { owner: "acme", repo: "handbook" };
/** Reads and writes of delivering files through a new pull request (see the model above). */
const DELIVERY = { reads: 3, writes: 4 };

interface Row {
  personas: number;
  step: string;
  stats: RequestStats;
  minimum: RequestStats;
}

export async function run(): Promise<string> {
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(...(await measure(size)));
  const lines = rows.map((r) => `| ${r.personas} | ${r.step} | ${r.stats.requests} | ${r.minimum.requests} | ${r.stats.writes} | ${r.minimum.writes} |`);
  return [
    "### Sync: API calls against the minimum (REST)",
    "",
    `Repository with a hand-written CODEOWNERS and ${EXISTING_LABELS} labels of its own; files go through a pull request.`,
    "",
    "| Personas | Step | API calls | Minimum | Writes | Minimum writes |",
    "| ---: | --- | ---: | ---: | ---: | ---: |",
    ...lines,
    "",
    "Minimum: one REST request per resource (see bench/sync-api-calls.ts). Reading files dominates; a GraphQL query could fetch many blobs at once, at the price of GraphQL's separate rate limit and of REST blobs being cacheable by SHA.",
  ].join("\n");
}

async function measure(size: number): Promise<Row[]> {
  const gh = await startFakeGitHub({ strict: true });
  try {
    gh.addRepo({ ...REPO, files: { ...repositoryTexts(size), ".github/CODEOWNERS": "* @acme/maintainers\n" } });
    for (let i = 0; i < EXISTING_LABELS; i++) gh.addLabel(REPO.owner, REPO.repo, { name: `area/${i}` });
    const gateway = (): GitHubGateway => createOctokitGateway(createOctokit({ token: "bench", baseUrl: gh.url, timeScale: 0.0001 }), REPO);
    const planned = await planRepositorySync({ mode: "online", gateway: gateway(), docs: { kind: "github" }, files: { kind: "github" } });
    if (planned.status !== "planned") throw new Error(`the generated docs have errors: ${JSON.stringify(planned.report.diagnostics.slice(0, 3))}`);
    const labelOps = planned.plan.operations.filter((o) => o.kind === "label").length;
    const labelPages = Math.ceil(EXISTING_LABELS / 100);
    // Settings file + N docs + CODEOWNERS (the other managed files do not exist yet).
    const planMin = 1 + 1 + (1 + size + 1) + labelPages;
    const first = await applyRepositorySync({ gateway: gateway(), docs: { kind: "github" }, dryRun: false });
    const second = await applyRepositorySync({ gateway: gateway(), docs: { kind: "github" }, dryRun: false });
    const pagesAfter = Math.ceil((EXISTING_LABELS + labelOps) / 100);
    return [
      { personas: size, step: "plan", stats: planned.stats, minimum: { requests: planMin, writes: 0 } },
      { personas: size, step: "first apply", stats: first.stats, minimum: { requests: planMin + labelOps + DELIVERY.reads + DELIVERY.writes, writes: labelOps + DELIVERY.writes } },
      { personas: size, step: "second apply", stats: second.stats, minimum: { requests: planMin - labelPages + pagesAfter + DELIVERY.reads, writes: 0 } },
    ];
  } finally {
    await gh.close();
  }
}

function repositoryTexts(size: number): Record<string, string> {
  const snapshot = generateRepository(size);
  const decoder = new TextDecoder();
  // Paths the docs link to exist too (the generator lists them without content).
  const texts: Record<string, string> = Object.fromEntries([...snapshot.paths].map((path) => [path, `# ${path}\n`]));
  for (const [path, bytes] of snapshot.files) texts[path] = decoder.decode(bytes);
  return texts;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${await run()}\n`);
