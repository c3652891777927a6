import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderTrackingMarkers } from "../../src/core/followups/tracking-marker.js";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { personaDoc } from "../support/persona-builder.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/survey/", import.meta.url));
const SETTINGS = `survey:
  scoreColumns:
    "How satisfied are you with CI?": building
  commentColumns:
    - "What slows you down the most?"
  cycle: 2026-H2
  previousCycle: 2026-H1
  minResponses: 4
tools:
  - { name: Jenkins, phase: building, owner: "@acme/ci" }
`;

const gh = useFakeGitHub();
let dir: string;
let out: string[];
let err: string[];

function io(): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: gh.env("t"), color: false, now: () => new Date("2026-11-01T00:00:00Z") };
}

function trackingBody(cycle: string, text: string): string {
  const record = { meeting: 1, key: "k1", text, owner: "@acme/ci", due: "2026-09-30", persona: "backend", pain: "building", cycle, assigned: [], closed: true, dropped: false };
  return `${renderTrackingMarkers(record)}\n\n${text}\n`;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "persona-gov-prev-"));
  out = [];
  err = [];
  mkdirSync(join(dir, "repo/.github"), { recursive: true });
  mkdirSync(join(dir, "repo/personas"), { recursive: true });
  writeFileSync(join(dir, "repo/.github/persona-governance.yml"), SETTINGS);
  writeFileSync(join(dir, "repo/personas/backend.md"), personaDoc({ frontMatter: { name: "Backend Developer" } }));
  writeFileSync(join(dir, "repo/personas/sre.md"), personaDoc({ frontMatter: { name: "SRE", aliases: ["Site Reliability Engineer"] } }));
  writeFileSync(join(dir, "repo/personas/web.md"), personaDoc({ frontMatter: { name: "Web Developer", aliases: ["Frontend"] } }));
  copyFileSync(join(FIXTURES, "export.csv"), join(dir, "export.csv"));
  gh.addRepo({ owner: "acme", repo: "personas" });
  gh.addLabel("acme", "personas", { name: "next-step" });
  gh.addIssue("acme", "personas", { title: "Cut CI queue time", body: trackingBody("2026-H1", "Cut CI queue time"), labels: ["next-step"], state: "closed", stateReason: "completed" });
  gh.addIssue("acme", "personas", { title: "Older step", body: trackingBody("2025-H2", "Older step"), labels: ["next-step"] });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("survey analyze --repo", () => {
  it("shows the previous cycle's next steps, with their status, in the persona's report", async () => {
    const code = await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--out", "out", "--repo", "acme/personas"], io());
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const report = readFileSync(join(dir, "out/backend.md"), "utf8");
    expect(report).toContain("2026-H1");
    expect(report).toContain("Cut CI queue time");
    expect(report).not.toContain("Older step");
    expect(readFileSync(join(dir, "out/sre.md"), "utf8")).not.toContain("Cut CI queue time");
    expect(gh.writes()).toEqual([]);
  });

  it("reads nothing from GitHub without --repo", async () => {
    const code = await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--out", "out"], io());
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "out/backend.md"), "utf8")).not.toContain("Cut CI queue time");
    expect(gh.requests).toEqual([]);
  });
});
