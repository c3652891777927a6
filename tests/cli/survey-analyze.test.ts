import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { personaDoc } from "../support/persona-builder.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/survey/", import.meta.url));
const SETTINGS = `survey:
  scoreColumns:
    "How satisfied are you with CI?": building
    "How satisfied are you with code review?": code-review
    "Overall, how happy are you with your tools?": Overall tooling
  commentColumns:
    - "What slows you down the most?"
    - "Anything else?"
  cycle: 2026-H2
  minResponses: 4
tools:
  - { name: Jenkins, phase: building, owner: "@acme/ci" }
  - { name: PagerDuty, phase: monitoring-and-alerting, owner: "@acme/sre-tools" }
  - { name: Grafana, phase: monitoring-and-alerting, owner: "@acme/observability" }
`;

let dir: string;
let out: string[];
let err: string[];

function io(): CliIO {
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir, env: {}, color: false, now: () => new Date("2026-06-01T00:00:00Z") };
}

function writeRepo(settings = SETTINGS): void {
  mkdirSync(join(dir, "repo/.github"), { recursive: true });
  mkdirSync(join(dir, "repo/personas"), { recursive: true });
  writeFileSync(join(dir, "repo/.github/persona-governance.yml"), settings);
  writeFileSync(join(dir, "repo/personas/backend.md"), personaDoc({ frontMatter: { name: "Backend Developer" } }));
  writeFileSync(join(dir, "repo/personas/sre.md"), personaDoc({ frontMatter: { name: "SRE", aliases: ["Site Reliability Engineer"] } }));
  writeFileSync(join(dir, "repo/personas/web.md"), personaDoc({ frontMatter: { name: "Web Developer", aliases: ["Frontend"] } }));
  for (const name of ["export.csv", "export.json", "export.jsonl"]) copyFileSync(join(FIXTURES, name), join(dir, name));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "persona-gov-survey-"));
  out = [];
  err = [];
  writeRepo();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("persona-gov survey analyze", () => {
  it("writes one report per persona and an overview, and prints where", async () => {
    const code = await runCli(["survey", "analyze", "export.csv", "--dir", "repo"], io());
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    expect(readdirSync(join(dir, "survey-report")).sort()).toEqual(["README.md", "backend.md", "sre.md", "web.md"]);
    expect(out.join("")).toBe(
      "Analysed 13 respondents (3 named no known persona) for 3 personas.\nWrote 4 reports:\n  survey-report/README.md\n  survey-report/backend.md\n  survey-report/sre.md\n  survey-report/web.md\n",
    );
    const backend = readFileSync(join(dir, "survey-report/backend.md"), "utf8");
    expect(backend).toContain("# Backend Developer: survey results (2026-H2)");
    expect(backend).toContain("```mermaid\nxychart-beta horizontal");
  });

  it("replaces its own reports on a second run", async () => {
    await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--out", "reports"], io());
    const first = readFileSync(join(dir, "reports/sre.md"), "utf8");
    expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--out", "reports"], io())).toBe(0);
    expect(readFileSync(join(dir, "reports/sre.md"), "utf8")).toBe(first);
  });

  it("refuses to overwrite a file it did not write", async () => {
    writeFileSync(join(dir, "README.md"), "# My project\n");
    expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--out", "."], io())).toBe(2);
    expect(err.join("")).toContain("not overwriting README.md: it was not written by `survey analyze`. Choose another --out folder.");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("# My project\n");
  });

  it.each(["export.csv", "export.json", "export.jsonl"])("prints the analysis of %s as JSON", async (file) => {
    expect(await runCli(["survey", "analyze", file, "--dir", "repo", "--format", "json"], io())).toBe(0);
    const json = JSON.parse(out.join("")) as { respondents: number; unmatched: number; personas: { id: string; painPoints: { phase: string }[] }[] };
    expect(json.respondents).toBe(13);
    expect(json.unmatched).toBe(3);
    expect(json.personas.map((p) => [p.id, p.painPoints[0]?.phase])).toEqual([
      ["backend", "testing"],
      ["sre", "monitoring-and-alerting"],
      ["web", "building"],
    ]);
  });

  it("explains a mapping that names a column the export lacks, without a stack trace", async () => {
    writeRepo(SETTINGS.replace('"What slows you down the most?"', '"What slows you down?"'));
    expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo"], io())).toBe(2);
    const message = err.join("");
    expect(message).toMatch(/^persona-gov: cannot analyse export\.csv: survey\.commentColumns\[0\] names the column "What slows you down\?", which is not in the export's header\. Did you mean "What slows you down the most\?"\? The header has: "Timestamp", /);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["missing.csv", undefined, "persona-gov: missing.csv: no such file. Check the path to the survey export.\n"],
    ["empty.csv", "", "persona-gov: empty.csv is empty: export the survey responses again, with the header row.\n"],
  ])("reports %s clearly", async (file, content, message) => {
    if (content !== undefined) writeFileSync(join(dir, file), content);
    expect(await runCli(["survey", "analyze", file, "--dir", "repo"], io())).toBe(2);
    expect(err.join("")).toBe(message);
  });

  describe("with the mapping derived from the questions files", () => {
    const DERIVED_SETTINGS = "survey:\n  cycle: 2026-H2\n  minResponses: 4\n";
    const COMMON = `questions:
  - { id: ci, text: "How satisfied are you with CI?", type: scale, phase: building, status: active }
  - { id: slows, text: "What slows you down the most?", type: text, status: active }
  - { id: ide, text: "How happy are you with your IDE?", type: scale, phase: editing-code, status: retired, retiredIn: 2026-H2 }
`;
    const SRE = `questions:
  - { id: old-pager, text: "Is paging fair?", type: text, status: retired, retiredIn: 2026-H2 }
`;

    beforeEach(() => {
      writeRepo(DERIVED_SETTINGS);
      mkdirSync(join(dir, "repo/survey/questions"), { recursive: true });
      writeFileSync(join(dir, "repo/survey/questions/common.yml"), COMMON);
      writeFileSync(join(dir, "repo/survey/questions/sre.yml"), SRE);
    });

    it("ends the overview with the unmatched headers and the questions no longer asked", async () => {
      expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo"], io())).toBe(0);
      const overview = readFileSync(join(dir, "survey-report/README.md"), "utf8");
      const notes = overview.slice(overview.indexOf("## Survey questions"));
      expect(overview.indexOf("## Survey questions")).toBeGreaterThan(overview.indexOf("## What this analysis does not tell you"));
      expect(notes).toContain("1 score column and 1 comment column");
      expect(notes).toContain("`How satisfied are you with code review?`");
      expect(notes).toContain("`Anything else?`");
      expect(notes).not.toContain("`Which personas describe you?`");
      expect(notes).toContain("- Everyone: How happy are you with your IDE? (`ide`)");
      expect(notes).toContain("- SRE: Is paging fair? (`old-pager`)");
    });

    it("adds unmatchedHeaders and noLongerAsked to the JSON", async () => {
      expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--format", "json"], io())).toBe(0);
      const json = JSON.parse(out.join("")) as { respondents: number; unmatchedHeaders: string[]; noLongerAsked: unknown[] };
      expect(json.respondents).toBe(13);
      expect(json.unmatchedHeaders).toEqual(["Timestamp", "How satisfied are you with code review?", "Overall, how happy are you with your tools?", "Anything else?"]);
      expect(json.noLongerAsked).toEqual([
        { persona: null, id: "ide", text: "How happy are you with your IDE?" },
        { persona: "sre", id: "old-pager", text: "Is paging fair?" },
      ]);
    });
  });

  it("reports no unmatched headers when the config maps the columns, and reads --config relative to the current directory", async () => {
    writeFileSync(join(dir, "settings.yml"), SETTINGS.replace("cycle: 2026-H2", "cycle: 2027-H1"));
    expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--config", "settings.yml", "--format", "json"], io())).toBe(0);
    const json = JSON.parse(out.join("")) as { cycle: string; unmatchedHeaders: string[]; noLongerAsked: unknown[] };
    expect(json).toMatchObject({ cycle: "2027-H1", unmatchedHeaders: [], noLongerAsked: [] });
    out = [];
    await runCli(["survey", "analyze", "--help"], io());
    expect(out.join("")).toContain("relative to the current directory");
  });

  it("says when nothing is mapped, and still counts respondents per persona", async () => {
    writeRepo("{}\n");
    expect(await runCli(["survey", "analyze", "export.csv", "--dir", "repo", "--format", "json"], io())).toBe(0);
    expect(err.join("")).toContain("no score or comment column is mapped");
    expect((JSON.parse(out.join("")) as { personas: { responses: number }[] }).personas.map((p) => p.responses)).toEqual([5, 4, 3]);
  });
});
