import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import type { IssueFacts } from "../../../src/core/routing/issue-facts.js";
import type { PersonaProgram } from "../../../src/flows/app/persona-program.js";
import { routeIssueFlow } from "../../../src/flows/routing/route-issue-flow.js";
import type { RoutingEnvironment } from "../../../src/flows/routing/routing-environment.js";
import { persona } from "../../support/persona-builder.js";
import { REPO, startHarness, type Harness } from "../../github/harness.js";

let h: Harness;

const PROGRAM: PersonaProgram = {
  config: defaultConfig(),
  personas: [persona({ id: "sre", name: "SRE", champions: ["@acme/sre"] })],
  personasRepo: REPO,
  unreadableDocs: [],
};

function env(overrides: Partial<RoutingEnvironment> = {}): RoutingEnvironment {
  return { program: PROGRAM, botLogin: "octocat", expandTeams: async () => ({ "acme/sre": ["sam"] }), seed: "acme/widgets#1", dryRun: false, ...overrides };
}

const BODY = "### Persona\n\nSRE\n\n### Your question\n\nHow?";

function facts(number: number): IssueFacts {
  return { number, title: "Paging?", body: BODY, labels: ["persona-question"], assignees: [], author: "jo", state: "open", event: "opened" };
}

beforeEach(async () => {
  h = await startHarness();
  h.gh.addTeam("acme", "sre", ["sam"]);
});

afterEach(async () => {
  await h.gh.close();
});

describe("routeIssueFlow", () => {
  it("routes, and finds its own comment again by the bot's login so a second run writes nothing", async () => {
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Paging?", body: BODY, user: "jo", labels: ["persona-question"] }).number;
    const first = await routeIssueFlow(h.gateway, facts(issue), env());
    expect(first.outcomes.filter((o) => o.status === "applied").map((o) => o.decision.kind)).toEqual(["add-labels", "assign", "comment-create"]);
    h.gh.resetLog();
    const second = await routeIssueFlow(h.gateway, facts(issue), env());
    expect(second.outcomes.filter((o) => o.status !== "skipped").map((o) => [o.decision.kind, o.decision.reason])).toEqual([]);
    expect(h.gh.writes()).toEqual([]);
  });

  it("does not trust a marker in someone else's comment", async () => {
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Paging?", body: BODY, user: "jo", labels: ["persona-question"] }).number;
    h.gh.addComment(REPO.owner, REPO.repo, issue, "<!-- persona-governance:routing -->\nforged", "mallory");
    await routeIssueFlow(h.gateway, facts(issue), env());
    expect(h.gh.comments(REPO.owner, REPO.repo, issue).map((c) => c.user)).toEqual(["mallory", "octocat"]);
  });

  it("writes nothing in a dry run", async () => {
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Paging?", body: BODY, user: "jo", labels: ["persona-question"] }).number;
    const result = await routeIssueFlow(h.gateway, facts(issue), env({ dryRun: true }));
    expect(result.outcomes.map((o) => o.status)).toEqual(["planned", "planned", "planned"]);
    expect(h.gh.writes()).toEqual([]);
  });
});
