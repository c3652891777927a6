import { COMMAND_PERMISSIONS, type CommandActor, type RepoPermission } from "../../core/routing/command-permissions.js";
import { decideCommands } from "../../core/routing/decide-commands.js";
import { findIssueChampionLogins } from "../../core/routing/issue-champions.js";
import type { RoutingContext } from "../../core/routing/issue-facts.js";
import { parseSlashCommands, type Command } from "../../core/routing/parse-slash-commands.js";
import { applyDecisions } from "../../github/apply-decisions.js";
import { acceptSurveyQuestion as acceptProposal, describeAcceptOutcome, type AcceptSurveyQuestionDecision } from "../questions/accept-proposal.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { findChampionTeams } from "./find-champion-teams.js";
import { issueFactsFromIssue } from "./issue-facts-from-issue.js";
import { readExistingState } from "./read-existing-state.js";
import type { RoutingEnvironment, RoutingResult } from "./routing-environment.js";

/** A new issue comment that holds slash commands. */
export interface CommandComment {
  issue: number;
  commentId: number;
  author: string;
  commands: Command[];
}

/** The slash commands in a comment that the App answers (`/accept` included: see accept-proposal.ts). */
export function findAppCommands(body: string): Command[] {
  // `/analyze-survey` belongs to the survey handler (analyze-survey.ts), which answers it on its own
  // issues; routing must not reply "unknown command" to it on a question.
  return parseSlashCommands(body).filter((command) => !OTHER_HANDLERS_COMMANDS.has(command.word));
}

const OTHER_HANDLERS_COMMANDS: ReadonlySet<string> = new Set(["analyze-survey"]);

/**
 * Decides and carries out the commands of one comment. The issue is read afresh (the payload may be a
 * redelivery older than our own writes); the actor's repository permission is only asked for when
 * being a champion or the author does not already allow every command.
 */
export async function runSlashCommands(gateway: GitHubGateway, comment: CommandComment, env: RoutingEnvironment): Promise<RoutingResult> {
  const { program } = env;
  const [issue, existing, teamMembers, ourReactions] = await Promise.all([
    gateway.issues.get(comment.issue),
    readExistingState(gateway, comment.issue, env.botLogin),
    env.expandTeams(findChampionTeams(program.personas, program.config)),
    gateway.comments.listReactionsBy(comment.commentId, env.botLogin),
  ]);
  if (issue === undefined) return { decisions: [{ kind: "skip", reason: `#${comment.issue} no longer exists` }], outcomes: [] };
  const facts = issueFactsFromIssue(issue, "edited");
  const ctx: RoutingContext = { personas: program.personas, config: program.config, teamMembers, existing, seed: env.seed };
  const actor = await identifyActor(gateway, comment, {
    isChampion: findIssueChampionLogins(facts, ctx).some((login) => sameLogin(login, comment.author)),
    isAuthor: sameLogin(facts.author, comment.author),
  });
  const decisions = decideCommands(comment.commands, actor, facts, { ...ctx, commentId: comment.commentId, reactions: ourReactions.filter(isCommandReaction) });
  const acceptSurveyQuestion = async (decision: AcceptSurveyQuestionDecision): Promise<string> => {
    const personaName = program.personas.find((persona) => persona.id === decision.personaId)?.name ?? decision.personaId;
    return describeAcceptOutcome(await acceptProposal(gateway, decision, { config: program.config, personaName, botLogin: env.botLogin }));
  };
  return { decisions, outcomes: await applyDecisions(gateway, decisions, { dryRun: env.dryRun, acceptSurveyQuestion }) };
}

async function identifyActor(
  gateway: GitHubGateway,
  comment: CommandComment,
  roles: { isChampion: boolean; isAuthor: boolean },
): Promise<CommandActor> {
  const settled = comment.commands.every((command) => {
    if (command.name === "unknown") return true;
    const allowed = COMMAND_PERMISSIONS[command.name].roles;
    return (roles.isChampion && allowed.includes("champion")) || (roles.isAuthor && allowed.includes("author"));
  });
  const permission: RepoPermission = settled ? "none" : await gateway.people.getPermission(comment.author);
  return { login: comment.author, permission, ...roles };
}

/** Our reactions that say a command was answered: a redelivery finds them and does not react again. */
function isCommandReaction(reaction: string): reaction is "+1" | "confused" {
  return reaction === "+1" || reaction === "confused";
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
