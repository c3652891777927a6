import type { IssueFacts } from "../../core/routing/issue-facts.js";
import { routeQuestion } from "../../core/routing/route-question.js";
import { applyDecisions } from "../../github/apply-decisions.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { findChampionTeams } from "./find-champion-teams.js";
import { issueFactsFromIssue } from "./issue-facts-from-issue.js";
import { readExistingState } from "./read-existing-state.js";
import type { RoutingEnvironment, RoutingResult } from "./routing-environment.js";

/**
 * Routes one issue event (`opened`, `edited`, `labeled`): reads the App's earlier comments, asks the
 * routing core what the issue should look like, and carries that out.
 *
 * A first event costs one read (the comments) plus the writes. When our routing comment is already
 * there, the event may be a redelivery or a later event whose payload predates our own writes, so the
 * issue is read afresh: everything in place then comes back as `skip`, and nothing is written twice.
 */
export async function routeIssueFlow(gateway: GitHubGateway, facts: IssueFacts, env: RoutingEnvironment): Promise<RoutingResult> {
  const { program } = env;
  const [existing, teamMembers] = await Promise.all([
    readExistingState(gateway, facts.number, env.botLogin),
    env.expandTeams(findChampionTeams(program.personas, program.config)),
  ]);
  let current = facts;
  if (existing.routingComment !== undefined) {
    const issue = await gateway.issues.get(facts.number);
    if (issue === undefined) return { decisions: [{ kind: "skip", reason: `#${facts.number} no longer exists` }], outcomes: [] };
    current = issueFactsFromIssue(issue, facts.event, facts.labelAdded);
  }
  const decisions = routeQuestion(current, {
    personas: program.personas,
    config: program.config,
    teamMembers,
    existing,
    seed: env.seed,
  });
  return { decisions, outcomes: await applyDecisions(gateway, decisions, { dryRun: env.dryRun }) };
}
