import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import {
  captureIO,
  copyExamples,
  EXAMPLE_LABEL_COUNT,
  FULL_NAME,
  fakeEnv,
  HAND_WRITTEN_CODEOWNERS,
  NAME,
  OWNER,
  REPO_ROOT,
  seedExampleRepo,
} from "../flows/sync/support/sync-fixture.js";
import { runNode } from "../flows/sync/support/run-process.js";

const SYNC_BRANCH = "persona-governance/sync";
const GENERATED = [".github/CODEOWNERS", ".github/ISSUE_TEMPLATE/persona-question.yml", ".github/ISSUE_TEMPLATE/survey-question.yml", "personas/README.md"];

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void };

beforeEach(() => {
  checkout = copyExamples();
});
afterEach(() => checkout.remove());

async function apply(...args: string[]) {
  const io = captureIO(checkout.dir, fakeEnv(gh));
  const code = await runCli(["apply", "--repo", FULL_NAME, ...args], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

const personaLabels = () => gh.labelNames(OWNER, NAME).filter((name) => name !== "bug" && name !== "good first issue");

describe("persona-gov apply", () => {
  it("needs a token", async () => {
    const io = captureIO(checkout.dir, { GITHUB_API_URL: "http://127.0.0.1:9" });
    expect(await runCli(["apply", "--repo", FULL_NAME], io)).toBe(2);
    expect(io.stderrText()).toMatch(/^persona-gov: apply needs a token: set GITHUB_TOKEN \(or GH_TOKEN\)/);
  });

  describe("on a repository that has never been synced", () => {
    beforeEach(() => {
      seedExampleRepo(gh);
      gh.resetLog();
    });

    it("creates the labels and opens one pull request with the generated files", async () => {
      const run = await apply();
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(personaLabels()).toHaveLength(EXAMPLE_LABEL_COUNT);
      expect(personaLabels()).toContain("persona: SRE/On-call Engineer");
      const pulls = gh.pulls(OWNER, NAME);
      expect(pulls).toHaveLength(1);
      expect(pulls[0]!.pull).toMatchObject({ head: SYNC_BRANCH, base: "main" });
      expect(pulls[0]!.issue.body).toContain("<!-- persona-governance:sync-pull-request -->");
      for (const path of GENERATED) expect(gh.readFile(OWNER, NAME, path, SYNC_BRANCH), path).toBeDefined();
      expect(run.out).toContain(`Pull request #${pulls[0]!.pull.number} opened: `);
      // Nothing reaches the default branch until the pull request is merged.
      expect(gh.readFile(OWNER, NAME, ".github/CODEOWNERS")).toBe(HAND_WRITTEN_CODEOWNERS);
    });

    it("keeps hand-written CODEOWNERS lines and labels it does not manage", async () => {
      expect((await apply()).code).toBe(0);
      const codeowners = gh.readFile(OWNER, NAME, ".github/CODEOWNERS", SYNC_BRANCH)!;
      expect(codeowners.startsWith(HAND_WRITTEN_CODEOWNERS)).toBe(true);
      expect(codeowners).toContain("\n/personas/sre-on-call-engineer.md @fernhollow/sre-champions\n");
      expect(gh.repo(OWNER, NAME).labels.filter((l) => l.name === "bug" || l.name === "good first issue")).toEqual([
        expect.objectContaining({ name: "bug", color: "d73a4a", description: "Something isn't working" }),
        expect.objectContaining({ name: "good first issue", color: "7057ff", description: "Good for newcomers" }),
      ]);
    });

    it("makes zero writes when run again right after", async () => {
      expect((await apply()).code).toBe(0);
      gh.resetLog();
      const again = await apply();
      expect(again.code).toBe(0);
      expect(gh.writes()).toEqual([]);
      expect(gh.pulls(OWNER, NAME)).toHaveLength(1);
      expect(again.out).toContain("already on persona-governance/sync");
    });

    it("reports the API calls it made with --verbose", async () => {
      const run = await apply("--verbose");
      const writes = gh.writes().length;
      expect(writes).toBe(EXAMPLE_LABEL_COUNT + 4); // labels, then tree, commit, branch and pull request
      expect(run.err).toBe(`persona-gov: made ${gh.requests.length} API calls (${writes} writes) for 12 personas\n`);
    });

    it("prints the plan and the outcomes as JSON", async () => {
      const run = await apply("--format", "json");
      const json = JSON.parse(run.out) as { operations: unknown[]; outcomes: { kind: string; status: string }[]; pullRequest: { number: number; created: boolean }; changed: boolean };
      expect(json.operations).toHaveLength(EXAMPLE_LABEL_COUNT + GENERATED.length);
      expect(json.outcomes.every((o) => o.status === "applied")).toBe(true);
      expect(json.pullRequest).toMatchObject({ number: 1, created: true });
      expect(json.changed).toBe(true);
    });

    it("writes nothing with --dry-run", async () => {
      const run = await apply("--dry-run");
      expect(run.code).toBe(0);
      expect(gh.writes()).toEqual([]);
      expect(run.out).toContain("Dry run: nothing was written.");
      expect(run.out).toContain("would commit to persona-governance/sync and open or update its pull request");
    });

    it("commits straight to the default branch with --via commit, after which nothing is left to do", async () => {
      expect((await apply("--via", "commit")).code).toBe(0);
      expect(gh.pulls(OWNER, NAME)).toEqual([]);
      expect(gh.readFile(OWNER, NAME, ".github/CODEOWNERS")).toContain("# BEGIN persona-governance (generated)");
      expect(gh.readFile(OWNER, NAME, "personas/README.md")).toContain("SRE/On-call Engineer");
      gh.resetLog();
      const again = await apply("--via", "commit");
      expect(again.out).toContain("No changes: the repository is in sync.");
      expect(gh.writes()).toEqual([]);
    });
  });

  it("renames the label of a renamed persona, and its issues keep it", async () => {
    seedExampleRepo(gh);
    gh.addLabel(OWNER, NAME, { name: "persona: Site Reliability Engineer", color: "d93f0b", description: "SRE" });
    const issue = gh.addIssue(OWNER, NAME, { title: "How do I page the on-call?", labels: ["persona: Site Reliability Engineer"] });
    const run = await apply();
    expect(run.code).toBe(0);
    expect(run.out).toContain("persona: Site Reliability Engineer → persona: SRE/On-call Engineer");
    expect(gh.issueLabels(OWNER, NAME, issue.number)).toEqual(["persona: SRE/On-call Engineer"]);
    expect(gh.labelNames(OWNER, NAME)).not.toContain("persona: Site Reliability Engineer");
    expect(gh.writes().filter((w) => w.operationId === "issues/delete-label")).toEqual([]);
  });

  it("lists more than 100 labels in pages and never fetches one label on its own", async () => {
    seedExampleRepo(gh);
    for (let i = 0; i < 150; i++) gh.addLabel(OWNER, NAME, { name: `team/${String(i).padStart(3, "0")}` });
    gh.resetLog();
    expect((await apply()).code).toBe(0);
    expect(gh.requests.filter((r) => r.operationId === "issues/list-labels-for-repo")).toHaveLength(2);
    expect(gh.requests.filter((r) => r.operationId === "issues/get-label")).toEqual([]);
    expect(gh.labelNames(OWNER, NAME)).toHaveLength(2 + 150 + EXAMPLE_LABEL_COUNT);
  });

  describe("when GitHub fails half-way", () => {
    beforeEach(() => seedExampleRepo(gh));

    it("converges on a re-run after a label create kept failing, without duplicates", async () => {
      // One attempt plus three retries, all failing.
      gh.failNext({ operationId: "issues/create-label", status: 502, times: 4 });
      const first = await apply();
      expect(first.code).toBe(1);
      expect(first.err).toContain("Run apply again once the cause is fixed");
      expect(personaLabels()).toHaveLength(EXAMPLE_LABEL_COUNT - 1);
      const second = await apply();
      expect(second.code).toBe(0);
      const names = gh.labelNames(OWNER, NAME).map((name) => name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      expect(personaLabels()).toHaveLength(EXAMPLE_LABEL_COUNT);
      expect(gh.pulls(OWNER, NAME)).toHaveLength(1);
      gh.resetLog();
      expect((await apply()).code).toBe(0);
      expect(gh.writes()).toEqual([]);
    });

    it("converges on a re-run after opening the pull request failed, with one pull request", async () => {
      gh.failNext({ operationId: "pulls/create", status: 500, times: 4 });
      const first = await apply();
      expect(first.code).toBe(1);
      expect(gh.pulls(OWNER, NAME)).toEqual([]);
      expect(gh.readFile(OWNER, NAME, "personas/README.md", SYNC_BRANCH)).toBeDefined();
      gh.resetLog();
      expect((await apply()).code).toBe(0);
      expect(gh.writes().map((w) => w.operationId)).toEqual(["pulls/create"]);
      expect(gh.pulls(OWNER, NAME)).toHaveLength(1);
    });

    it("names the missing permission when a label write is refused", async () => {
      gh.failNext({ operationId: "issues/create-label", status: 403 });
      const run = await apply();
      expect(run.code).toBe(2);
      expect(run.err).toContain('the token lacks the "issues: write" permission');
      expect(run.err).not.toMatch(/\n\s+at /);
    });
  });

  it("names the permissions that file changes need when they are refused", async () => {
    seedExampleRepo(gh);
    gh.failNext({ operationId: "git/create-tree", status: 403 });
    const commit = await apply();
    expect(commit.code).toBe(2);
    expect(commit.err).toContain('the token lacks the "contents: write" permission');
    gh.failNext({ operationId: "pulls/create", status: 403 });
    const pull = await apply();
    expect(pull.code).toBe(2);
    expect(pull.err).toContain('the token lacks the "pull-requests: write" permission');
  });

  it("says the repository is missing or invisible on a 404", async () => {
    const run = await apply();
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Repository ${FULL_NAME} was not found, or the token cannot see it`);
  });
});

describe("persona-gov as a real process (bin/persona-gov.js, the bundled CLI)", () => {
  it("plans, applies, then finds nothing left to write", async () => {
    seedExampleRepo(gh);
    const cli = (...args: string[]) => runNode([join(REPO_ROOT, "bin", "persona-gov.js"), ...args], { cwd: checkout.dir, env: fakeEnv(gh) });
    const plan = await cli("plan", "--repo", FULL_NAME, "--format", "json");
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { operations: unknown[] }).operations).toHaveLength(EXAMPLE_LABEL_COUNT + GENERATED.length);
    expect(gh.writes()).toEqual([]);

    const applied = await cli("apply", "--repo", FULL_NAME, "--verbose");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Pull request #1 opened: ");
    expect(applied.stderr).toMatch(/^persona-gov: made \d+ API calls \(24 writes\) for 12 personas\n$/);

    gh.resetLog();
    const again = await cli("apply", "--repo", FULL_NAME);
    expect(again.code).toBe(0);
    expect(gh.writes()).toEqual([]);
  });
});
