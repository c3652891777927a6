import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIO } from "../../../../src/cli/io.js";
import type { FakeGitHub } from "../../../support/fake-github/index.js";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../../..", import.meta.url)));
export const EXAMPLES = join(REPO_ROOT, "examples");
export const OWNER = "fernhollow";
export const NAME = "handbook";
export const FULL_NAME = `${OWNER}/${NAME}`;

/** The example repository's persona docs and settings file, path → text, as they sit in its root. */
export function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = { ".github/persona-governance.yml": readFileSync(join(EXAMPLES, ".github/persona-governance.yml"), "utf8") };
  for (const name of readdirSync(join(EXAMPLES, "personas")).sort()) files[`personas/${name}`] = readFileSync(join(EXAMPLES, "personas", name), "utf8");
  return files;
}

/** A hand-written CODEOWNERS that the sync must keep byte for byte outside its block. */
export const HAND_WRITTEN_CODEOWNERS = "# Owners of the handbook\n* @fernhollow/devex\n/docs/security/ @fernhollow/appsec\n";

/** fernhollow/handbook on the fake: the example docs, a hand-written CODEOWNERS, and labels nobody manages. */
export function seedExampleRepo(gh: FakeGitHub, extra: Record<string, string> = {}): void {
  gh.addRepo({ owner: OWNER, repo: NAME, files: { ...exampleFiles(), ".github/CODEOWNERS": HAND_WRITTEN_CODEOWNERS, "README.md": "# Handbook\n", ...extra } });
  gh.addLabel(OWNER, NAME, { name: "bug", color: "d73a4a", description: "Something isn't working" });
  gh.addLabel(OWNER, NAME, { name: "good first issue", color: "7057ff", description: "Good for newcomers" });
}

/** A copy of the example repository in a temporary folder, for offline and checkout runs. */
export function copyExamples(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "pg-sync-"));
  cpSync(EXAMPLES, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CapturedIO extends CliIO {
  out: string[];
  err: string[];
  stdoutText(): string;
  stderrText(): string;
}

/** A CliIO that records output, with the environment given (nothing from the real environment). */
export function captureIO(cwd: string, env: Record<string, string | undefined> = {}): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd,
    env,
    color: false,
    now: () => new Date("2026-03-02T09:00:00Z"),
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
  };
}

/** Environment for an in-process CLI run against the fake; waits scaled down so retries take milliseconds. */
export function fakeEnv(gh: FakeGitHub, token = "test-token"): Record<string, string> {
  return { GITHUB_TOKEN: token, GITHUB_API_URL: gh.url, PERSONA_GOV_TIME_SCALE: "0.001" };
}

/** The persona labels and workflow labels the example docs need (20 in all). */
export const EXAMPLE_LABEL_COUNT = 20;
