import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const BUNDLE = join(REPO_ROOT, "dist", "index.js");

export interface BundledRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The job summary file's contents. */
  summary: string;
  /** The raw `GITHUB_OUTPUT` file, in @actions/core's delimiter format. */
  outputFile: string;
}

export interface RunOptions {
  /** Folder copied into the workspace, e.g. a fixture repository. */
  source: string;
  /** Where inside the workspace the copy goes; `.` for the workspace itself. */
  copyTo?: string;
  /** `with:` values, by input name (`working-directory`, not `INPUT_WORKING-DIRECTORY`). */
  inputs: Record<string, string>;
}

/**
 * Runs `node dist/index.js` the way the runner does: inputs as `INPUT_*` variables, a workspace, a
 * pull_request event file, and real step-summary and output files. The child gets a clean
 * environment, so a test running inside GitHub Actions cannot leak the outer job's files into it.
 */
export function runBundledAction(options: RunOptions): BundledRun {
  const temp = mkdtempSync(join(tmpdir(), "pg-action-"));
  const workspace = join(temp, "workspace");
  mkdirSync(workspace);
  cpSync(options.source, join(workspace, options.copyTo ?? "."), { recursive: true });
  const files = { summary: join(temp, "step-summary.md"), output: join(temp, "output.txt"), event: join(temp, "event.json") };
  writeFileSync(files.summary, "");
  writeFileSync(files.output, "");
  writeFileSync(files.event, JSON.stringify(pullRequestEvent()));
  const inputs = Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const child = spawnSync(process.execPath, [BUNDLE], {
    cwd: workspace,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      HOME: temp,
      ...inputs,
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: "acme/personas",
      GITHUB_SHA: "8d3c0f1e5b2a4c6d7e8f90a1b2c3d4e5f6a7b8c9",
      GITHUB_REF: "refs/pull/42/merge",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: "http://127.0.0.1:9",
      RUNNER_TEMP: temp,
    },
  });
  const result = {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    summary: readFileSync(files.summary, "utf8"),
    outputFile: readFileSync(files.output, "utf8"),
  };
  rmSync(temp, { recursive: true, force: true });
  return result;
}

function pullRequestEvent(): object {
  return {
    action: "synchronize",
    number: 42,
    pull_request: { number: 42, head: { ref: "update-sre-persona", sha: "8d3c0f1e5b2a4c6d7e8f90a1b2c3d4e5f6a7b8c9" }, base: { ref: "main" } },
    repository: { name: "personas", full_name: "acme/personas", owner: { login: "acme" } },
  };
}
