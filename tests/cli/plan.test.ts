import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { captureIO, copyExamples, EXAMPLE_LABEL_COUNT, FULL_NAME, fakeEnv, NAME, OWNER, seedExampleRepo } from "../flows/sync/support/sync-fixture.js";

interface PlanJson {
  operations: { kind: string; target: string; action: string; reason: string; diff?: string; label?: { name: string } }[];
  warnings: unknown[];
  labelsChecked: boolean;
}

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void };

beforeEach(() => {
  checkout = copyExamples();
});
afterEach(() => checkout.remove());

const countBy = (ops: PlanJson["operations"], kind: string, action: string) => ops.filter((o) => o.kind === kind && o.action === action).length;

describe("persona-gov plan without a token", () => {
  it("plans the files against the checkout and lists the labels it would ensure, saying they were not checked", async () => {
    const io = captureIO(checkout.dir);
    expect(await runCli(["plan"], io)).toBe(0);
    const text = io.stdoutText();
    expect(text).toContain("labels: not checked against GitHub (no token); these would be ensured.");
    expect(text).toMatch(/create {2}persona: SRE\/On-call Engineer +label of persona SRE\/On-call Engineer; would be ensured \(not checked against GitHub\)/);
    expect(text).toContain("create .github/CODEOWNERS: ");
    expect(text).toContain("+/personas/sre-on-call-engineer.md @fernhollow/sre-champions");
    expect(text).toContain("create personas/README.md: ");
    expect(io.stderrText()).toBe("");
  });

  it("prints the same plan as JSON, marked as not checked", async () => {
    const io = captureIO(checkout.dir);
    expect(await runCli(["plan", "--format", "json"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as PlanJson;
    expect(json.labelsChecked).toBe(false);
    expect(countBy(json.operations, "label", "create")).toBe(EXAMPLE_LABEL_COUNT);
    expect(json.operations.filter((o) => o.kind === "file").map((o) => [o.target, o.action])).toEqual([
      [".github/CODEOWNERS", "create"],
      [".github/ISSUE_TEMPLATE/persona-question.yml", "create"],
      [".github/ISSUE_TEMPLATE/survey-question.yml", "create"],
      ["personas/README.md", "create"],
    ]);
    for (const operation of json.operations) expect(Object.keys(operation)).toEqual(expect.arrayContaining(["kind", "target", "action", "reason"]));
    expect(json.operations.find((o) => o.target === "personas/README.md")?.diff).toMatch(/^--- \/dev\/null\n\+\+\+ b\/personas\/README\.md\n/);
  });

  it("refuses to plan on broken docs, lists the errors and exits 1", async () => {
    writeFileSync(join(checkout.dir, "personas/sre-on-call-engineer.md"), "---\nname: SRE/On-call Engineer\nparent: nobody\n---\n\n## Role Summary\n\nx\n");
    const io = captureIO(checkout.dir);
    expect(await runCli(["plan"], io)).toBe(1);
    expect(io.stdoutText()).toMatch(/^personas\/sre-on-call-engineer\.md:\d+:\d+ {2}error {2}/m);
    expect(io.stdoutText()).toContain("fix these first");
    expect(io.stdoutText()).not.toContain("Labels");
  });

  it("treats a settings file that does not exist as a configuration error (exit 2)", async () => {
    const io = captureIO(checkout.dir);
    expect(await runCli(["plan", "--config", "settings/missing.yml"], io)).toBe(2);
    expect(io.stdoutText()).toContain("config-missing");
  });

  it("reads --config relative to the current directory", async () => {
    const settings = readFileSync(join(checkout.dir, ".github/persona-governance.yml"), "utf8");
    writeFileSync(join(checkout.dir, "governance.yml"), settings.replace('workflowColor: "5319e7"', 'workflowColor: "0e8a16"'));
    const io = captureIO(checkout.dir);
    expect(await runCli(["plan", "--config", "governance.yml", "--format", "json"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as { operations: { target: string; label?: { color: string } }[] };
    expect(json.operations.find((o) => o.target === "persona-question")?.label?.color).toBe("0e8a16");
  });

  it("rejects a --dir that is not a folder", async () => {
    const io = captureIO(checkout.dir);
    expect(await runCli(["plan", "--dir", "no-such-folder"], io)).toBe(2);
    expect(io.stderrText()).toContain("--dir must be a folder");
  });
});

describe("persona-gov plan with a token", () => {
  beforeEach(() => {
    seedExampleRepo(gh);
    gh.resetLog();
  });

  it("plans against the repository on GitHub and writes nothing", async () => {
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", FULL_NAME], io)).toBe(0);
    const text = io.stdoutText();
    expect(text).toMatch(/^Planned against fernhollow\/handbook on GitHub\.\n\nLabels\n/);
    expect(text).toContain("persona SRE/On-call Engineer has no label yet");
    expect(text).toContain("update .github/CODEOWNERS: ");
    expect(text).not.toContain("not checked");
    expect(text).not.toMatch(/\bbug\b/);
    expect(gh.writes()).toEqual([]);
  });

  it("reads each file once, lists the labels once and never fetches a label on its own", async () => {
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", FULL_NAME, "--format", "json", "--verbose"], io)).toBe(0);
    const ids = gh.requests.map((r) => r.operationId);
    expect(ids.filter((id) => id === "repos/get")).toHaveLength(1);
    expect(ids.filter((id) => id === "git/get-tree")).toHaveLength(1);
    // The settings file, 12 persona docs and the existing CODEOWNERS; the other managed files do not exist yet.
    expect(ids.filter((id) => id === "git/get-blob")).toHaveLength(14);
    expect(ids.filter((id) => id === "issues/list-labels-for-repo")).toHaveLength(1);
    expect(ids.filter((id) => id === "issues/get-label")).toHaveLength(0);
    expect(gh.requests).toHaveLength(17);
    expect(io.stderrText()).toBe("persona-gov: made 17 API calls (0 writes) for 12 personas\n");
  });

  it("prints JSON with every operation's kind, target, action, reason and diff", async () => {
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", FULL_NAME, "--format", "json"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as PlanJson;
    expect(json.labelsChecked).toBe(true);
    expect(countBy(json.operations, "label", "create")).toBe(EXAMPLE_LABEL_COUNT);
    expect(json.operations.map((o) => o.target)).not.toContain("bug");
    const codeowners = json.operations.find((o) => o.target === ".github/CODEOWNERS");
    expect(codeowners).toMatchObject({ kind: "file", action: "update" });
    expect(codeowners?.diff).toContain(" * @fernhollow/devex\n");
    expect(codeowners?.diff).toContain("+# BEGIN persona-governance (generated)");
  });

  it("lists more than 100 labels page by page", async () => {
    for (let i = 0; i < 230; i++) gh.addLabel(OWNER, NAME, { name: `area/${String(i).padStart(3, "0")}` });
    gh.addLabel(OWNER, NAME, { name: "persona: Web Developer", color: "1d76db", description: "Web" });
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", FULL_NAME, "--format", "json"], io)).toBe(0);
    const pages = gh.requests.filter((r) => r.operationId === "issues/list-labels-for-repo");
    expect(pages.map((r) => r.query["page"] ?? "1")).toEqual(["1", "2", "3"]);
    const json = JSON.parse(io.stdoutText()) as PlanJson;
    // Found on the third page, so it is updated rather than created again.
    expect(json.operations.find((o) => o.target === "persona: Web Developer")?.action).toBe("update");
    expect(countBy(json.operations, "label", "create")).toBe(EXAMPLE_LABEL_COUNT - 1);
  });

  it("reads the docs from --dir but plans against GitHub", async () => {
    writeFileSync(
      join(checkout.dir, "personas/product-manager.md"),
      "---\nname: Product Manager\nchampions: ['@fernhollow/pm-guild']\nsummary: Decides what gets built.\n---\n\n## Role Summary\n\nPMs.\n\n## Responsibilities\n\n- Roadmaps.\n\n## Goals\n\n- Clear priorities.\n",
    );
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", FULL_NAME, "--dir", ".", "--format", "json"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as PlanJson;
    expect(json.operations.find((o) => o.target === "persona: Product Manager")).toMatchObject({ kind: "label", action: "create" });
    expect(json.operations.find((o) => o.target === ".github/CODEOWNERS")?.action).toBe("update");
    expect(gh.requests.filter((r) => r.operationId === "git/get-blob")).toHaveLength(1);
  });

  it("takes the repository from GITHUB_REPOSITORY and GH_TOKEN", async () => {
    const env = { GH_TOKEN: "t", GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: FULL_NAME };
    const io = captureIO(checkout.dir, env);
    expect(await runCli(["plan"], io)).toBe(0);
    expect(io.stdoutText()).toMatch(/^Planned against fernhollow\/handbook on GitHub\./);
  });

  it("says the repository is missing or invisible on a 404, without a stack trace", async () => {
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", "fernhollow/nope"], io)).toBe(2);
    expect(io.stderrText()).toContain("Repository fernhollow/nope was not found, or the token cannot see it");
    expect(io.stderrText()).not.toMatch(/\n\s+at /);
    expect(io.stdoutText()).toBe("");
  });

  it("names the missing permission on a 403", async () => {
    gh.failNext({ operationId: "issues/list-labels-for-repo", status: 403 });
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", FULL_NAME], io)).toBe(2);
    expect(io.stderrText()).toMatch(/^persona-gov: GitHub refused GET \/repos\/fernhollow\/handbook\/labels \(403\): the token lacks the "issues: read" permission/);
    expect(io.stderrText()).not.toMatch(/\n\s+at /);
  });

  it("rejects a malformed --repo", async () => {
    const io = captureIO(checkout.dir, fakeEnv(gh));
    expect(await runCli(["plan", "--repo", "just-a-name"], io)).toBe(2);
    expect(io.stderrText()).toContain("--repo must be owner/name, e.g. acme/widgets (got 'just-a-name')");
  });
});
