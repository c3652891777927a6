import { describe, expect, it } from "vitest";
import { GITHUB_BODY_LIMIT } from "../../../src/core/publish/fit-body.js";
import { planAnalysisIssues } from "../../../src/core/publish/plan-analysis-issues.js";
import { analysisMarker, GENERATED_END, GENERATED_START } from "../../../src/core/publish/publish-markers.js";
import { persona } from "../../support/persona-builder.js";
import { ELSE, PERSONA, SLOWS } from "../survey/survey-builders.js";
import { DOCS, publishInput, ROWS } from "./publish-builders.js";

const TEAMS = { "acme/backend-champions": ["erin", "dave"] };

describe("planAnalysisIssues", () => {
  it("plans one issue per persona that respondents chose, labelled and assigned to its champions", () => {
    const { issues, skipped } = planAnalysisIssues(publishInput(), TEAMS);
    expect(skipped).toEqual([]);
    expect(issues.map((issue) => [issue.key, issue.title, issue.labels, issue.assignees])).toEqual([
      ["backend", "2026-H2 survey: Backend Developer pain points", ["pain-point", "persona: Backend Developer"], ["alice", "dave", "erin"]],
      ["sre", "2026-H2 survey: SRE pain points", ["pain-point", "persona: SRE"], ["bob"]],
      ["web", "2026-H2 survey: Web Developer pain points", ["pain-point", "persona: Web Developer"], ["carol"]],
    ]);
    expect(issues[0]!.marker).toBe(analysisMarker("backend", "2026-H2"));
  });

  it("expands a champion team by routing.strategy, and notes a team it could not expand", () => {
    const input = publishInput();
    const roundRobin = { ...input, config: { ...input.config, routing: { ...input.config.routing, strategy: "round-robin" as const } } };
    expect(planAnalysisIssues(roundRobin, TEAMS).issues[0]!.assignees).toEqual(["alice", "dave"]);
    const unknownTeam = planAnalysisIssues(input, {}).issues[0]!;
    expect(unknownTeam.assignees).toEqual(["alice"]);
    expect(unknownTeam.notes).toEqual(["champion team @acme/backend-champions has no members this token can see, so nobody from it is assigned"]);
  });

  it("skips retired personas and personas nobody chose", () => {
    const input = publishInput(ROWS.filter((row) => row[PERSONA] !== "Web Developer"));
    const docs = [DOCS[0]!, persona({ ...DOCS[1]!, champions: ["@bob"], status: "retired" }), DOCS[2]!];
    const { issues, skipped } = planAnalysisIssues({ ...input, personas: docs }, TEAMS);
    expect(issues.map((issue) => issue.key)).toEqual(["backend"]);
    expect(skipped).toEqual([
      { persona: "SRE", reason: "the persona is retired" },
      { persona: "Web Developer", reason: "no respondent chose this persona" },
    ]);
  });

  it("holds the report in the generated part, with a section for the champion's own notes after it", () => {
    const issue = planAnalysisIssues(publishInput(), TEAMS).issues[0]!;
    expect(issue.body.startsWith(`${issue.marker}\n${GENERATED_START}\n`)).toBe(true);
    expect(issue.generated).toContain("## Backend Developer: survey results (2026-H2)");
    expect(issue.generated).toContain("### Top pain points");
    expect(issue.generated).toContain("for its champions (@\u200Dalice, @\u200Dacme/backend-champions) to review");
    expect(issue.body.indexOf("## Champion's notes")).toBeGreaterThan(issue.body.indexOf(GENERATED_END));
  });

  it("stays under GitHub's size limit with a note pointing at the full report when the comments do not fit", () => {
    const long = "Jenkins builds are slow and the queue never moves. ".repeat(20);
    const rows = Array.from({ length: 400 }, (_, index) => ({ [PERSONA]: "Backend Developer", [SLOWS]: `${long} #${index}`, [ELSE]: `tests flaky ${index} ${long}` }));
    const issue = planAnalysisIssues(publishInput(rows), TEAMS).issues[0]!;
    expect(issue.body.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(issue.generated).toMatch(/This description shows at most \d+ raw comments per category to stay within GitHub's limit/);
    expect(issue.generated).toContain("`persona-gov survey analyze survey/2026-h2.csv`");
    expect(issue.generated.match(/<details>/g)?.length).toBe(issue.generated.match(/<\/details>/g)?.length);
  });

  it("escapes respondents' text: nobody is pinged and nothing breaks out", () => {
    const rows = [...ROWS, { [PERSONA]: "Backend Developer", [SLOWS]: "@everyone Jenkins </details> | pipes | <img src=x onerror=alert(1)>" }];
    const issue = planAnalysisIssues(publishInput(rows), TEAMS).issues[0]!;
    expect(issue.body).not.toMatch(/@everyone/);
    expect(issue.body).not.toMatch(/(?<!\\)<img/);
    expect(issue.body.match(/<details>/g)?.length).toBe(issue.body.match(/<\/details>/g)?.length);
  });
});
