import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../action/commands/index.js";
import { run } from "../../action/main.js";
import { fakeDeps } from "./support/fake-core.js";

const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const BROKEN = "tests/fixtures/action/broken-repo";

describe("run (in-process)", () => {
  it("annotates every finding at its line, relative to the workspace", async () => {
    const deps = fakeDeps({ command: "validate", "working-directory": BROKEN }, REPO);
    await run(deps);
    const at = (level: string, file: string, startLine: number, startColumn: number, title: string) => ({
      level,
      properties: { file: `${BROKEN}/personas/${file}`, startLine, startColumn, title },
    });
    expect(deps.calls.annotations).toEqual([
      expect.objectContaining(at("warning", "backend.md", 6, 1, "section-recommended")),
      expect.objectContaining(at("warning", "backend.md", 6, 1, "section-recommended")),
      expect.objectContaining(at("warning", "backend.md", 6, 1, "section-recommended")),
      expect.objectContaining(at("error", "backend.md", 13, 14, "broken-anchor")),
      expect.objectContaining(at("error", "backend.md", 14, 13, "broken-link")),
      expect.objectContaining(at("error", "sre.md", 2, 1, "champions-missing")),
      expect.objectContaining(at("error", "sre.md", 4, 1, "section-missing")),
      expect.objectContaining(at("warning", "sre.md", 4, 1, "section-recommended")),
      expect.objectContaining(at("warning", "sre.md", 4, 1, "section-recommended")),
      expect.objectContaining(at("warning", "sre.md", 17, 3, "unknown-tool")),
    ]);
  });

  it("puts the suggestion under the message of an annotation", async () => {
    const deps = fakeDeps({ "working-directory": BROKEN }, REPO);
    await run(deps);
    const brokenLink = deps.calls.annotations.find((a) => a.properties.title === "broken-link");
    expect(brokenLink?.message).toMatch(/^link `style-guide\.md` .*\nSuggestion: /);
  });

  it("sets the outputs, writes the full summary and fails the step when there are errors", async () => {
    const deps = fakeDeps({ command: "validate", "working-directory": BROKEN }, REPO);
    await run(deps);
    expect(deps.calls.outputs).toEqual({ errors: "4", warnings: "6", personas: "2", changed: "false" });
    expect(deps.calls.failed).toEqual(["Persona docs have 4 errors and 6 warnings; the job summary lists every finding."]);
    const summary = deps.calls.summary;
    expect(summary).toContain("## ❌ Persona docs: 4 errors, 6 warnings");
    expect(summary).toContain(`Checked 2 persona docs in \`${BROKEN}\` with settings from \`${BROKEN}/.github/persona-governance.yml\`.`);
    expect(summary).toContain(`### \`${BROKEN}/personas/backend.md\``);
    expect(summary).toContain(`### \`${BROKEN}/personas/sre.md\``);
    expect(summary).toContain("| 13 | error | broken-anchor | link `sre.md#goal`: `personas/sre.md` has no heading with the anchor `#goal` |");
    expect(summary).toMatch(/\| 17 \| warning \| unknown-tool \| tool "Nagios"/);
    expect(summary).toContain("| **Total** | **4** | **6** |");
  });

  it("passes on the example repository, with nothing to annotate", async () => {
    const deps = fakeDeps({ command: "validate", "working-directory": "examples" }, REPO);
    await run(deps);
    expect(deps.calls.failed).toEqual([]);
    expect(deps.calls.annotations).toEqual([]);
    expect(deps.calls.outputs).toEqual({ errors: "0", warnings: "0", personas: "12", changed: "false" });
    expect(deps.calls.summary).toContain("## ✅ Persona docs: all checks passed");
  });

  it("annotates warnings without failing the step", async () => {
    const root = mkdtempSync(join(tmpdir(), "pg-warn-"));
    mkdirSync(join(root, "personas"));
    writeFileSync(join(root, "personas", "sre.md"), "---\nname: SRE\nchampions: ['@octocat']\n---\n\n## Role Summary\n\nOn call.\n\n## Responsibilities\n\n- Pages.\n\n## Goals\n\n- Sleep.\n");
    const deps = fakeDeps({}, root);
    await run(deps).finally(() => rmSync(root, { recursive: true, force: true }));
    expect(deps.calls.failed).toEqual([]);
    expect(deps.calls.outputs.errors).toBe("0");
    expect(Number(deps.calls.outputs.warnings)).toBeGreaterThan(0);
    expect(deps.calls.annotations.every((a) => a.level === "warning" && a.properties.file === "personas/sre.md")).toBe(true);
    expect(deps.calls.summary).toContain("## ⚠️ Persona docs:");
  });

  it("fails with the validator's message when a named settings file does not exist", async () => {
    const deps = fakeDeps({ config: "config/missing.yml", "working-directory": "examples" }, REPO);
    await run(deps);
    expect(deps.calls.annotations).toContainEqual(
      expect.objectContaining({ level: "error", properties: expect.objectContaining({ file: "examples/config/missing.yml", title: "config-missing" }) }),
    );
    expect(deps.calls.failed).toHaveLength(1);
  });

  it("fails on a command it does not have, before doing anything", async () => {
    const deps = fakeDeps({ command: "publish", "working-directory": "examples" }, REPO);
    await run(deps);
    expect(deps.calls.failed).toEqual([`Input 'command' must be one of: ${COMMAND_NAMES.join(", ")} (got 'publish')`]);
    expect(deps.calls.outputs).toEqual({});
    expect(deps.calls.summary).toBe("");
  });

  it("fails clearly when the working directory does not exist", async () => {
    const deps = fakeDeps({ "working-directory": "no/such/dir" }, REPO);
    await run(deps);
    expect(deps.calls.failed).toEqual([
      `Input 'working-directory' must be a folder in the workspace; 'no/such/dir' does not exist (looked for ${join(REPO, "no/such/dir")})`,
    ]);
  });

  it("fails the step even when something throws a value that is not an Error", async () => {
    const deps = fakeDeps({ "working-directory": "examples" }, REPO);
    deps.core.writeSummary = () => Promise.reject("summary file is read-only");
    await run(deps);
    expect(deps.calls.failed).toEqual(["persona-governance failed: a non-error value was thrown (string: summary file is read-only)"]);
  });

  it("fails the step and logs the stack when an Error is thrown", async () => {
    const deps = fakeDeps({ "working-directory": "examples" }, REPO);
    deps.core.setOutput = () => {
      throw new Error("EROFS: read-only file system, open '/github/output'");
    };
    await run(deps);
    expect(deps.calls.failed).toEqual(["persona-governance failed: EROFS: read-only file system, open '/github/output'"]);
    expect(deps.calls.debug.join("\n")).toContain("at ");
  });
});
