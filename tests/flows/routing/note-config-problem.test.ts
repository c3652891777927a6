import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONFIG_PROBLEM_MARKER, noteConfigProblem } from "../../../src/flows/routing/note-config-problem.js";
import { REPO, startHarness, type Harness } from "../../github/harness.js";

let h: Harness;
const problem = { source: "acme/widgets:.github/persona-governance.yml", problems: ["`routing.strategy` must be one of … (got @alice)"] };
const options = { botLogin: "octocat", dryRun: false };

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.gh.close();
});

describe("noteConfigProblem", () => {
  it("tells a persona question once that the settings need fixing, quoting them inertly", async () => {
    const issue = { number: h.gh.addIssue(REPO.owner, REPO.repo, { title: "q", user: "jo" }).number, body: "### Persona\n\nSRE", labels: [] };
    expect(await noteConfigProblem(h.gateway, issue, problem, options)).toBe(true);
    expect(await noteConfigProblem(h.gateway, issue, problem, options)).toBe(false);
    const comments = h.gh.comments(REPO.owner, REPO.repo, issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(CONFIG_PROBLEM_MARKER);
    expect(comments[0]?.body).not.toMatch(/@alice/);
  });

  it("leaves issues that are not persona questions alone", async () => {
    const issue = { number: h.gh.addIssue(REPO.owner, REPO.repo, { title: "bug", user: "jo" }).number, body: "CI is red", labels: ["bug"] };
    expect(await noteConfigProblem(h.gateway, issue, problem, options)).toBe(false);
    expect(h.gh.requests).toEqual([]);
  });
});
