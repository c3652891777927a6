import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileOperation, Plan } from "../../../src/core/plan/operation.js";
import { planRepositorySync } from "../../../src/flows/sync/plan-sync-flow.js";
import type { PlannedSync, SyncPlanResult } from "../../../src/flows/sync/sync-request.js";
import { createOctokit } from "../../../src/github/create-octokit.js";
import { createOctokitGateway } from "../../../src/github/create-octokit-gateway.js";
import type { GitHubGateway } from "../../../src/github/gateway.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";
import { copyExamples, exampleFiles, EXAMPLE_LABEL_COUNT, NAME, OWNER, seedExampleRepo } from "./support/sync-fixture.js";

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void };

beforeEach(() => {
  checkout = copyExamples();
});
afterEach(() => checkout.remove());

function gateway(): GitHubGateway {
  return createOctokitGateway(createOctokit({ token: "t", baseUrl: gh.url, timeScale: 0.001 }), { owner: OWNER, repo: NAME });
}

function planned(result: SyncPlanResult): PlannedSync {
  if (result.status !== "planned") throw new Error(`expected a plan, got: ${JSON.stringify(result.report.diagnostics)}`);
  return result;
}

const fileOps = (plan: Plan) => plan.operations.filter((o): o is FileOperation => o.kind === "file");
const withoutContent = (plan: Plan) => plan.operations.map((o) => [o.kind, o.action, o.target, o.reason]);

describe("planRepositorySync offline", () => {
  it("converges: once the checkout holds the planned files, no file operation is left", async () => {
    const first = planned(await planRepositorySync({ mode: "offline", root: checkout.dir }));
    expect(first.labelsChecked).toBe(false);
    expect(first.stats).toEqual({ requests: 0, writes: 0 });
    expect(fileOps(first.plan)).toHaveLength(4);
    for (const file of fileOps(first.plan)) {
      mkdirSync(dirname(join(checkout.dir, file.target)), { recursive: true });
      writeFileSync(join(checkout.dir, file.target), file.content);
    }
    const second = planned(await planRepositorySync({ mode: "offline", root: checkout.dir }));
    expect(fileOps(second.plan)).toEqual([]);
    // Labels are never known offline, so they are always listed as ensured.
    expect(second.plan.operations).toHaveLength(EXAMPLE_LABEL_COUNT);
    expect(second.plan.operations.every((o) => o.reason.endsWith("would be ensured (not checked against GitHub)"))).toBe(true);
  });

  it("leaves a CODEOWNERS that is a symbolic link alone, and says why", async () => {
    mkdirSync(join(checkout.dir, ".github"), { recursive: true });
    writeFileSync(join(checkout.dir, "owners.txt"), "* @someone\n");
    symlinkSync("../owners.txt", join(checkout.dir, ".github/CODEOWNERS"));
    const result = planned(await planRepositorySync({ mode: "offline", root: checkout.dir }));
    expect(fileOps(result.plan).map((o) => o.target)).not.toContain(".github/CODEOWNERS");
    expect(result.plan.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ file: ".github/CODEOWNERS", rule: "sync-file-not-read" })]));
    expect(readFileSync(join(checkout.dir, "owners.txt"), "utf8")).toBe("* @someone\n");
  });

  it("refuses to plan on broken docs", async () => {
    writeFileSync(join(checkout.dir, "personas/web-developer.md"), "---\nname: Web Developer\nparent: nobody\n---\n");
    const result = await planRepositorySync({ mode: "offline", root: checkout.dir });
    expect(result.status).toBe("invalid");
    expect(result.report.counts.errors).toBeGreaterThan(0);
    expect("plan" in result).toBe(false);
  });
});

describe("planRepositorySync online", () => {
  it("plans the same whether the docs come from GitHub or from an identical checkout", async () => {
    seedExampleRepo(gh);
    const fromGitHub = planned(await planRepositorySync({ mode: "online", gateway: gateway(), docs: { kind: "github" }, files: { kind: "github" } }));
    const fromCheckout = planned(await planRepositorySync({ mode: "online", gateway: gateway(), docs: { kind: "checkout", root: checkout.dir }, files: { kind: "github" } }));
    expect(withoutContent(fromCheckout.plan)).toEqual(withoutContent(fromGitHub.plan));
    expect(fromGitHub.labelsChecked).toBe(true);
    expect(fromGitHub.report.personas).toHaveLength(12);
  });

  it("counts the issues of only those labels the settings ask to delete, and keeps one in use", async () => {
    const settings = exampleFiles()[".github/persona-governance.yml"]!.replace('labels:\n  prefix: "persona: "', 'labels:\n  delete: [legacy-question, old-triage, "persona: Web Developer", never-existed]\n  prefix: "persona: "');
    seedExampleRepo(gh, { ".github/persona-governance.yml": settings });
    gh.addLabel(OWNER, NAME, { name: "legacy-question" });
    gh.addLabel(OWNER, NAME, { name: "old-triage" });
    gh.addLabel(OWNER, NAME, { name: "persona: Web Developer" });
    gh.addIssue(OWNER, NAME, { title: "Old question", labels: ["legacy-question"] });
    gh.resetLog();
    const result = planned(await planRepositorySync({ mode: "online", gateway: gateway(), docs: { kind: "github" }, files: { kind: "github" } }));
    expect(gh.requests.filter((r) => r.operationId === "issues/list-for-repo").map((r) => r.query["labels"])).toEqual(["legacy-question", "old-triage"]);
    expect(result.plan.operations.filter((o) => o.action === "delete").map((o) => o.target)).toEqual(["old-triage"]);
    expect(result.plan.warnings.map((w) => w.rule)).toEqual(expect.arrayContaining(["label-delete-in-use", "label-delete-managed"]));
  });

  it("plans files against the checkout when asked to, reading nothing but labels from GitHub", async () => {
    seedExampleRepo(gh);
    gh.resetLog();
    const root = { kind: "checkout", root: checkout.dir } as const;
    const result = planned(await planRepositorySync({ mode: "online", gateway: gateway(), docs: root, files: root }));
    expect(gh.requests.map((r) => r.operationId)).toEqual(["issues/list-labels-for-repo"]);
    expect(result.stats).toEqual({ requests: 1, writes: 0 });
    // The checkout has no CODEOWNERS, unlike the repository on GitHub.
    expect(fileOps(result.plan).find((o) => o.target === ".github/CODEOWNERS")?.action).toBe("create");
  });
});
