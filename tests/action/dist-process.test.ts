import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLE, REPO_ROOT, runBundledAction, type BundledRun } from "./support/run-bundled-action.js";
import { parseOutputFile, parseWorkflowCommands, type WorkflowCommand } from "./support/workflow-commands.js";

// Runs the COMMITTED bundle as the runner would. CI checks separately that dist/ is fresh; locally,
// `npm run bundle` first after changing the Action.
const fixture = (name: string) => join(REPO_ROOT, "tests", "fixtures", "action", name);
const annotations = (run: BundledRun, level: string) =>
  parseWorkflowCommands(run.stdout).filter((c) => c.command === level && c.properties.file !== undefined);
const at = (c: WorkflowCommand) => `${c.properties.file}:${c.properties.line}:${c.properties.col} ${c.properties.title}`;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\``);
});

describe("node dist/index.js (the bundled Action as a process)", () => {
  describe("a pull request with broken persona docs", () => {
    let run: BundledRun;
    beforeAll(() => {
      run = runBundledAction({ source: fixture("broken-repo"), inputs: { command: "validate", config: ".github/persona-governance.yml" } });
    });

    it("exits 1", () => {
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
    });

    it("annotates each error and warning at its file, line and column, titled with the rule", () => {
      expect(annotations(run, "error").map(at)).toEqual([
        "personas/backend.md:13:14 broken-anchor",
        "personas/backend.md:14:13 broken-link",
        "personas/sre.md:2:1 champions-missing",
        "personas/sre.md:4:1 section-missing",
      ]);
      expect(annotations(run, "warning").map(at)).toContain("personas/sre.md:17:3 unknown-tool");
      expect(annotations(run, "warning")).toHaveLength(6);
      expect(run.stdout).toMatch(/^::error title=broken-link,file=personas\/backend\.md,line=14,col=13::link `style-guide\.md`/m);
    });

    it("ends with the failure message, as a plain error", () => {
      const plain = parseWorkflowCommands(run.stdout).filter((c) => c.command === "error" && c.properties.file === undefined);
      expect(plain.map((c) => c.message)).toEqual(["Persona docs have 4 errors and 6 warnings; the job summary lists every finding."]);
    });

    it("writes the outputs in @actions/core's delimiter format", () => {
      expect(run.outputFile).toMatch(/^errors<<ghadelimiter_[0-9a-f-]{36}\n4\nghadelimiter_[0-9a-f-]{36}\n/);
      expect(parseOutputFile(run.outputFile)).toEqual({ errors: "4", warnings: "6", personas: "2", changed: "false" });
    });

    it("writes a job summary with a table per file", () => {
      expect(run.summary).toContain("## ❌ Persona docs: 4 errors, 6 warnings");
      expect(run.summary).toContain("### `personas/backend.md`");
      expect(run.summary).toContain("### `personas/sre.md`");
      expect(run.summary).toContain("| Line | Severity | Rule | Message | Suggestion |");
      expect(run.summary).toContain("| 2 | error | champions-missing | active persona `sre` has no champions |");
      expect(run.summary).toContain("| **Total** | **4** | **6** |");
    });
  });

  describe("more findings than the 10 annotations GitHub shows", () => {
    let run: BundledRun;
    beforeAll(() => {
      run = runBundledAction({ source: fixture("many-errors"), inputs: { command: "validate" } });
    });

    it("still annotates all of them and fails", () => {
      expect(run.status).toBe(1);
      expect(annotations(run, "error")).toHaveLength(14);
      expect(annotations(run, "warning")).toHaveLength(14);
      expect(parseOutputFile(run.outputFile)).toMatchObject({ errors: "14", warnings: "14" });
    });

    it("lists every one of them in the job summary", () => {
      for (let i = 1; i <= 14; i++) {
        expect(run.summary).toContain(`| ${12 + i} | error | broken-link | link \`missing-${String(i).padStart(2, "0")}.md\``);
      }
      for (let i = 1; i <= 12; i++) expect(run.summary).toContain(`tool "Unlisted Tool ${String(i).padStart(2, "0")}"`);
      expect(run.summary.split("\n").filter((line) => /^\| \d+ \| (error|warning) \|/.test(line))).toHaveLength(28);
      expect(run.summary).toContain("this summary lists all 28 findings.");
    });
  });

  it("passes on examples/, run from a working directory as the project's CI does", () => {
    const run = runBundledAction({ source: join(REPO_ROOT, "examples"), copyTo: "examples", inputs: { command: "validate", "working-directory": "examples" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(parseWorkflowCommands(run.stdout).filter((c) => c.command === "error" || c.command === "warning")).toEqual([]);
    expect(parseOutputFile(run.outputFile)).toEqual({ errors: "0", warnings: "0", personas: "12", changed: "false" });
    expect(run.summary).toContain("## ✅ Persona docs: all checks passed");
    expect(run.summary).toContain("Checked 12 persona docs in `examples` with settings from `examples/.github/persona-governance.yml`.");
  });

  it("points annotations at workspace paths when the docs are in a subfolder", () => {
    const run = runBundledAction({ source: fixture("broken-repo"), copyTo: "docs", inputs: { command: "validate", "working-directory": "docs" } });
    expect(run.status).toBe(1);
    expect(annotations(run, "error").map(at)).toContain("docs/personas/backend.md:14:13 broken-link");
  });

  it("rejects a command it does not have, with a message and exit code 1", () => {
    const run = runBundledAction({ source: fixture("broken-repo"), inputs: { command: "publish" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::Input 'command' must be one of: [a-z, ]*\bvalidate\b[a-z, ]* \(got 'publish'\)$/m);
    expect(run.summary).toBe("");
    expect(run.outputFile).toBe("");
  });
});
