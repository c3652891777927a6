import { describe, expect, it } from "vitest";
import type { Config } from "../../../src/core/config/config-schema.js";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import type { FileOperation, Operation } from "../../../src/core/plan/operation.js";
import { managedFiles } from "../../../src/core/sync/managed-files.js";
import { planSync, type SyncState } from "../../../src/core/sync/plan-sync.js";
import { summarisePlan } from "../../../src/core/sync/summarise-plan.js";
import { persona } from "../../support/persona-builder.js";
import { applyPlan } from "./apply-plan.js";

const config = defaultConfig();
const personas = [
  persona({ id: "sre", name: "SRE", champions: ["@acme/sre"], paths: ["runbooks/"], summary: "Keeps production healthy." }),
  persona({ id: "web", name: "Web", previously: ["Frontend"], links: [{ url: "sre.md", line: 9, column: 1 }] }),
  persona({ id: "ops", name: "Ops", status: "retired", champions: [] }),
  persona({ id: "ml", name: "ML", status: "draft" }),
];

function state(files: Record<string, string> = {}, labels: SyncState["labels"] = [], extraPaths: string[] = []): SyncState {
  const paths = new Set([...personas.map((p) => p.file), ...Object.keys(files), ...extraPaths]);
  return { labels, files: new Map(Object.entries(files)), paths };
}

function fileOp(operations: Operation[], target: string): FileOperation | undefined {
  return operations.find((op): op is FileOperation => op.kind === "file" && op.target === target);
}

describe("planSync", () => {
  const current = state(
    { CODEOWNERS: "* @acme/everyone\r\n/docs/ @acme/docs" },
    [{ name: "persona: Frontend", color: "1d76db", description: "old" }, { name: "bug", color: "d73a4a", description: "" }],
    ["survey/questions/sre.yml", "runbooks/restart.md"],
  );
  const plan = planSync({ personas, config, current });

  it("orders label operations (create, rename, update, delete) before files by path", () => {
    const kinds = plan.operations.map((op) => `${op.kind}:${op.action}`);
    const firstFile = kinds.findIndex((kind) => kind.startsWith("file"));
    expect(kinds.slice(0, firstFile).every((kind) => kind.startsWith("label"))).toBe(true);
    expect(kinds.slice(firstFile).every((kind) => kind.startsWith("file"))).toBe(true);
    expect(plan.operations.filter((op) => op.kind === "file").map((op) => op.target)).toEqual([
      ".github/ISSUE_TEMPLATE/persona-question.yml",
      ".github/ISSUE_TEMPLATE/survey-question.yml",
      "CODEOWNERS",
      "personas/README.md",
    ]);
  });

  it("gives every operation a precise reason", () => {
    expect(plan.operations.find((op) => op.action === "rename")).toMatchObject({ target: "persona: Frontend", reason: "persona Web renamed from Frontend" });
    expect(plan.operations.find((op) => op.target === "persona: ML")?.reason).toBe("persona ML (draft) has no label yet");
    expect(fileOp(plan.operations, "CODEOWNERS")?.reason).toBe("CODEOWNERS gains the persona-governance block: 5 rules");
    expect(fileOp(plan.operations, ".github/ISSUE_TEMPLATE/persona-question.yml")?.reason).toBe("new persona question form, from 2 active personas");
    expect(fileOp(plan.operations, "personas/README.md")?.reason).toBe("new persona directory, from 4 personas");
  });

  it("writes CODEOWNERS into the file in force, keeping its CRLF lines and the last line's bytes", () => {
    const codeowners = fileOp(plan.operations, "CODEOWNERS");
    expect(codeowners?.action).toBe("update");
    expect(codeowners?.previous).toBe("* @acme/everyone\r\n/docs/ @acme/docs");
    expect(codeowners?.content.startsWith("* @acme/everyone\r\n/docs/ @acme/docs\r\n\r\n# BEGIN persona-governance (generated)\r\n")).toBe(true);
    expect(codeowners?.content).toContain("/survey/questions/sre.yml @acme/sre\r\n");
    expect(codeowners?.content).not.toContain("/personas/ops.md");
  });

  it("warns about the retired persona that has nobody to own its doc", () => {
    expect(plan.warnings).toEqual([expect.objectContaining({ file: "personas/ops.md", rule: "codeowners-no-owners" })]);
  });

  it("diffs files the way git does", () => {
    const form = fileOp(plan.operations, ".github/ISSUE_TEMPLATE/persona-question.yml");
    expect(form?.action).toBe("create");
    expect(form?.diff.startsWith("--- /dev/null\n+++ b/.github/ISSUE_TEMPLATE/persona-question.yml\n@@ -0,0 +1,")).toBe(true);
    expect(fileOp(plan.operations, "CODEOWNERS")?.diff.startsWith("--- a/CODEOWNERS\n+++ b/CODEOWNERS\n")).toBe(true);
  });

  it("is idempotent: planning against the applied state gives no operations", () => {
    const after = applyPlan(current, plan);
    const again = planSync({ personas, config, current: after });
    expect(again.operations).toEqual([]);
    expect(again.warnings).toEqual(plan.warnings);
  });

  it("counts what it plans", () => {
    const summary = summarisePlan(plan);
    expect(summary.labels).toEqual({ create: 11, rename: 1, update: 0, delete: 0 });
    expect(summary.files).toEqual({ create: 3, update: 1 });
    expect(summary.operations).toBe(plan.operations.length);
    expect(summary.warnings).toBe(1);
  });
});

describe("planSync updates", () => {
  it("counts rule changes when the block is out of date", () => {
    const first = planSync({ personas, config, current: state() });
    const synced = applyPlan(state(), first);
    const grown = [...personas, persona({ id: "data", name: "Data", champions: ["@acme/data"] })];
    const changed = grown.map((p) => (p.id === "sre" ? { ...p, champions: [{ kind: "user" as const, handle: "@carol", login: "carol" }] } : p));
    const next = planSync({ personas: changed, config, current: synced });
    expect(fileOp(next.operations, ".github/CODEOWNERS")?.reason).toBe("CODEOWNERS block out of date: 1 rule added, 2 rules changed");
    expect(fileOp(next.operations, "personas/README.md")?.reason).toMatch(/^persona directory out of date: \d+ lines added, \d+ removed$/);
  });

  it("says when it replaces a hand-written file", () => {
    const next = planSync({ personas, config, current: state({ "personas/README.md": "# Our personas\n" }) });
    expect(fileOp(next.operations, "personas/README.md")?.reason).toContain("replaces a file persona-governance did not write");
  });

  it("writes only the files switched on, and Copilot prompts for active personas when asked", () => {
    const cfg: Config = { ...config, sync: { ...config.sync, codeowners: false, directory: false, copilotPrompts: true } };
    const next = planSync({ personas, config: cfg, current: state() });
    expect(next.operations.filter((op) => op.kind === "file").map((op) => op.target)).toEqual([
      ".github/ISSUE_TEMPLATE/persona-question.yml",
      ".github/ISSUE_TEMPLATE/survey-question.yml",
      ".github/prompts/sre.prompt.md",
      ".github/prompts/web.prompt.md",
    ]);
    expect(next.warnings).toEqual([]);
  });

  it("never overwrites a file the repository has but the caller did not read", () => {
    const next = planSync({ personas, config, current: state({}, [], [".github/CODEOWNERS", "personas/README.md"]) });
    expect(fileOp(next.operations, ".github/CODEOWNERS")).toBeUndefined();
    expect(fileOp(next.operations, "personas/README.md")).toBeUndefined();
    expect(next.warnings.filter((w) => w.rule === "sync-file-not-read").map((w) => w.file)).toEqual([".github/CODEOWNERS", "personas/README.md"]);
  });

  it("plans no CODEOWNERS change when its markers are broken, and says why", () => {
    const broken = "# BEGIN persona-governance (generated)\n/x @a\n";
    const next = planSync({ personas, config, current: state({ ".github/CODEOWNERS": broken }) });
    expect(fileOp(next.operations, ".github/CODEOWNERS")).toBeUndefined();
    expect(next.warnings.map((w) => w.rule)).toContain("codeowners-malformed-block");
  });
});

describe("managedFiles", () => {
  it("lists the files the sync may write, following the CODEOWNERS file in force", () => {
    expect(managedFiles(config, new Set(["docs/CODEOWNERS"]))).toEqual([".github/ISSUE_TEMPLATE/persona-question.yml", ".github/ISSUE_TEMPLATE/survey-question.yml", "docs/CODEOWNERS", "personas/README.md"]);
  });

  it("adds existing prompt files when Copilot prompts are on, and drops what is switched off", () => {
    const cfg: Config = { ...config, sync: { ...config.sync, issueForm: false, copilotPrompts: true } };
    const paths = new Set([".github/prompts/sre.prompt.md", ".github/prompts/notes.md", "README.md"]);
    expect(managedFiles(cfg, paths)).toEqual([".github/CODEOWNERS", ".github/prompts/sre.prompt.md", "personas/README.md"]);
  });
});
