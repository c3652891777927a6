import type { ExistingState } from "../../core/routing/issue-facts.js";
import { readBotComments } from "../../core/routing/routing-marker.js";
import type { GitHubGateway } from "../../github/gateway.js";

/**
 * The App's earlier writes on an issue: its routing comment and the command comments it answered.
 * Only comments written by the App's own bot user count, since anyone can type a marker.
 */
export async function readExistingState(gateway: GitHubGateway, issue: number, botLogin: string): Promise<ExistingState> {
  const comments = await gateway.comments.list(issue);
  const ours = comments.filter((comment) => comment.author?.toLowerCase() === botLogin.toLowerCase());
  return readBotComments(ours.map((comment) => ({ id: comment.id, body: comment.body })));
}
