import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { EXPORT, FULL_NAME, makeCheckout, NAME, NOW, OWNER, seedRepo } from "../flows/survey/publish-fixture.js";
import { REPO_ROOT } from "./support/run-bundled-action.js";
import { parseOutputFile } from "./support/workflow-commands.js";

// The Action bundled the way scripts/bundle.mjs does it, but into a temporary folder: this test runs
// the current source as a process without touching the committed dist/.
const temp = mkdtempSync(join(tmpdir(), "pg-survey-bundle-"));
const bundle = join(temp, "index.js");

beforeAll(async () => {
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ["action/index.ts"],
    outfile: bundle,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);" },
    logLevel: "warning",
  });
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const gh = useFakeGitHub();

/** Runs the bundle asynchronously: the fake GitHub answers from this process's event loop. */
function runAction(workspace: string, inputs: Record<string, string>): Promise<{ status: number | null; stdout: string; summary: string; outputs: Record<string, string> }> {
  const files = { summary: join(temp, "summary.md"), output: join(temp, "output.txt") };
  writeFileSync(files.summary, "");
  writeFileSync(files.output, "");
  const child = spawn(process.execPath, [bundle], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_EVENT_NAME: "workflow_dispatch",
      GITHUB_REPOSITORY: FULL_NAME,
      GITHUB_API_URL: gh.url,
      PERSONA_GOV_TIME_SCALE: "0.001",
      PERSONA_GOV_NOW: NOW,
    },
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, summary: readFileSync(files.summary, "utf8"), outputs: parseOutputFile(readFileSync(files.output, "utf8")) }));
  });
}

describe("command: survey as a process (node <bundle>)", () => {
  it("publishes on the first run and writes nothing on the second", async () => {
    seedRepo(gh);
    const checkout = makeCheckout();
    try {
      const inputs = { command: "survey", "github-token": "test-token", "survey-file": EXPORT, "dry-run": "false" };
      const first = await runAction(checkout.dir, inputs);
      expect(first.stdout).not.toMatch(/^::error/m);
      expect(first.status).toBe(0);
      expect(first.outputs).toMatchObject({ personas: "3", changed: "true" });
      expect(first.summary).toContain("# Survey results (2026-H2)");
      expect(gh.repo(OWNER, NAME)!.issues.size).toBe(7);
      gh.resetLog();
      const second = await runAction(checkout.dir, inputs);
      expect(second.status).toBe(0);
      expect(second.outputs["changed"]).toBe("false");
      expect(gh.writes()).toEqual([]);
    } finally {
      checkout.remove();
    }
  });
});
