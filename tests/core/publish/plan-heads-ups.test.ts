import { describe, expect, it } from "vitest";
import { planHeadsUps } from "../../../src/core/publish/plan-heads-ups.js";
import { HEADS_UP_LABEL } from "../../../src/core/publish/publish-labels.js";
import { readGeneratedPart } from "../../../src/core/publish/generated-part.js";
import { PERSONA, SLOWS } from "../survey/survey-builders.js";
import { allLinks, publishInput, ROWS } from "./publish-builders.js";

const ALL = new Set(["backend", "sre", "web"]);
/** Occurrences of `handle` that GitHub would turn into a mention (a neutralised one has a joiner after `@`). */
const liveMentions = (text: string, handle: string): number => text.split(handle).length - 1;

describe("planHeadsUps in issue mode", () => {
  it("plans one heads-up issue per tool owner, aggregating every persona that names its tools", () => {
    const { issues, comments } = planHeadsUps(publishInput(), { personas: ALL, links: allLinks() });
    expect(comments).toEqual([]);
    expect(issues.map((issue) => [issue.subject, issue.key, issue.labels, issue.repo])).toEqual([
      ["@acme/ci", "acme/ci", [HEADS_UP_LABEL], "acme/devex"],
      ["@acme/runtime", "acme/runtime", [HEADS_UP_LABEL], "acme/devex"],
    ]);
    const ci = issues[0]!;
    expect(ci.title).toBe("Heads-up: Jenkins among the top pain points of the 2026-H2 survey");
    expect(ci.generated).toMatch(/^@acme\/ci: the 2026-H2 developer survey names \*\*Jenkins\*\* among the top pain points of the Backend Developer persona and the SRE persona\./);
    expect(ci.generated).toContain("| Backend Developer | 1. Building | 3 (100%) | Jenkins | 3 | [#1](https://github.com/acme/devex/issues/1) |");
    expect(ci.generated).toContain("| SRE | 1. Building | 2 (67%) | Jenkins | 2 | [#2](https://github.com/acme/devex/issues/2) |");
    expect(ci.generated).toContain("[#4](https://github.com/acme/devex/issues/4)");
    expect(ci.generated).toContain("<summary>Comments naming Jenkins (4)</summary>");
    expect(ci.body.startsWith(`${ci.marker}\n`)).toBe(true);
    expect(readGeneratedPart(ci.body)?.trim()).toBe(ci.generated.trim());
  });

  it("mentions the owner exactly once and no other handle at all", () => {
    const { issues } = planHeadsUps(publishInput(), { personas: ALL, links: allLinks() });
    for (const issue of issues) {
      expect(liveMentions(issue.body, issue.subject)).toBe(1);
      expect(issue.body.match(/@(?=[A-Za-z0-9])/g)).toHaveLength(1);
    }
  });

  it("groups several tools of one owner into its one heads-up", () => {
    const rows = [...ROWS, { [PERSONA]: "SRE", [SLOWS]: "GitHub Actions runners for the build are slow" }, { [PERSONA]: "SRE", [SLOWS]: "the GHA build cache misses" }];
    const { issues } = planHeadsUps(publishInput(rows), { personas: ALL, links: allLinks() });
    expect(issues.filter((issue) => issue.key === "acme/ci")).toHaveLength(1);
    const ci = issues.find((issue) => issue.key === "acme/ci")!;
    expect(ci.title).toBe("Heads-up: Jenkins and GitHub Actions among the top pain points of the 2026-H2 survey");
    expect(ci.generated).toContain("<summary>Comments naming GitHub Actions (2)</summary>");
    expect(liveMentions(ci.body, "@acme/ci")).toBe(1);
  });

  it("goes to survey.headsUp.repo when one is set, and says when the analyses are not published yet", () => {
    const { issues } = planHeadsUps(publishInput(ROWS, { headsUp: { mode: "issue", repo: "acme/tool-feedback" } }), { personas: ALL, links: { analysis: new Map() } });
    expect(issues.map((issue) => issue.repo)).toEqual(["acme/tool-feedback", "acme/tool-feedback"]);
    expect(issues[0]!.generated).toContain("| Jenkins | 3 | not published yet |");
  });

  it("ignores personas that are not published and tools nobody owns", () => {
    const { issues } = planHeadsUps(publishInput(), { personas: new Set(["sre"]), links: allLinks() });
    expect(issues.map((issue) => issue.key)).toEqual(["acme/ci"]);
    expect(issues[0]!.generated).not.toContain("Backend Developer");
  });

  it("names no tool owner when no owned tool is among the top pain points", () => {
    expect(planHeadsUps(publishInput(ROWS, { topPainPoints: 1 }), { personas: new Set(["web"]), links: allLinks() }).issues).toEqual([]);
  });
});

describe("planHeadsUps in comment mode", () => {
  const commentMode = { headsUp: { mode: "comment" as const } };

  it("plans a comment on each analysis issue involved, mentioning the owner in only one of them", () => {
    const { issues, comments } = planHeadsUps(publishInput(ROWS, commentMode), { personas: ALL, links: allLinks() });
    expect(issues).toEqual([]);
    const ci = comments.filter((comment) => comment.key === "acme/ci");
    expect(ci.map((comment) => comment.persona)).toEqual(["backend", "sre"]);
    expect(ci.map((comment) => liveMentions(comment.body, "@acme/ci"))).toEqual([1, 0]);
    expect(ci[1]!.body).toContain("@\u200Dacme/ci (told on [#1](https://github.com/acme/devex/issues/1)):");
    expect(ci[1]!.body).toContain("| SRE | 1. Building | 2 (67%) | Jenkins | 2 |");
    expect(ci[1]!.body).not.toContain("| Backend Developer |");
    expect(new Set(comments.map((comment) => comment.marker)).size).toBe(comments.length);
  });

  it("keeps the mention where an earlier run put it", () => {
    const { comments } = planHeadsUps(publishInput(ROWS, commentMode), { personas: ALL, links: allLinks(), mentionHolders: new Map([["acme/ci", "sre"]]) });
    const ci = comments.filter((comment) => comment.key === "acme/ci");
    expect(ci.map((comment) => liveMentions(comment.body, "@acme/ci"))).toEqual([0, 1]);
  });
});

describe("respondents' text in a heads-up", () => {
  const evil = "@everyone Jenkins </details> | pipes | <img src=x onerror=alert(1)> [x](javascript:alert(1)) ```";

  it("cannot ping, close the details block, break the table or inject HTML", () => {
    const rows = [...ROWS, { [PERSONA]: "SRE", [SLOWS]: evil }];
    const { issues } = planHeadsUps(publishInput(rows), { personas: ALL, links: allLinks() });
    const body = issues.find((issue) => issue.key === "acme/ci")!.body;
    expect(body).not.toMatch(/@everyone/);
    expect(body).toContain("@\u200Deveryone");
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    expect(body).not.toMatch(/(?<!\\)<img/);
    expect(body).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(body).not.toMatch(/(?<!\\)\]\(javascript/);
    const row = body.split("\n").find((line) => line.includes("everyone"))!;
    expect(row).toContain("\\| pipes \\|");
    // The row keeps its four columns: every other pipe is escaped.
    expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(6);
  });
});
