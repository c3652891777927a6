import { describe, expect, it } from "vitest";
import type { ChampionProblem } from "../../../../src/flows/app/health/champion-problem.js";
import { HEALTH_MARKER, renderHealthIssue } from "../../../../src/flows/app/health/render-health-issue.js";

const problem: ChampionProblem = {
  owner: { id: "sre", name: "SRE <on call>" },
  file: "personas/sre on-call.md",
  line: 3,
  handle: "@ghost",
  severity: "error",
  rule: "champion-unknown",
  message: "no GitHub account is called @ghost",
  suggestion: "correct the login",
};

describe("renderHealthIssue", () => {
  it("lists each problem with a link to the doc's line, and pings nobody", () => {
    const body = renderHealthIssue([problem], { repoUrl: "https://github.com/acme/program", branch: "main" });
    expect(body.startsWith(HEALTH_MARKER)).toBe(true);
    expect(body).toContain("(https://github.com/acme/program/blob/main/personas/sre%20on-call.md#L3)");
    expect(body).toContain("1 problem needs fixing");
    expect(body).not.toMatch(/@ghost/);
    expect(body).not.toContain("<on call>");
  });

  it("counts what it cannot list", () => {
    const body = renderHealthIssue(Array.from({ length: 305 }, () => problem), { repoUrl: "https://github.com/acme/program", branch: "main" });
    expect(body).toContain("…and 5 more problems.");
  });
});
