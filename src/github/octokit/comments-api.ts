import type { CommentsGateway } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { listAllPages } from "./list-all-pages.js";
import { toComment, type CommentData } from "./to-issue.js";

export function createCommentsApi(context: ApiContext): CommentsGateway {
  const { client, repo } = context;
  const firstPage = (issue: number) => client.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issue, per_page: 100 });
  return {
    async list(issue) {
      return (await listAllPages(client, firstPage(issue))).map(toComment);
    },
    async create(issue, body) {
      const { data } = await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issue, body });
      return toComment(data);
    },
    async update(commentId, body) {
      const { data } = await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repo, comment_id: commentId, body });
      return toComment(data);
    },
    async findByMarker(issue, marker, options = {}) {
      const matches = (data: CommentData): boolean =>
        (data.body ?? "").includes(marker) && (options.author === undefined || data.user?.login.toLowerCase() === options.author.toLowerCase());
      const found = (await listAllPages(client, firstPage(issue), matches)).find(matches);
      return found === undefined ? undefined : toComment(found);
    },
    async addReaction(commentId, content) {
      await client.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", { ...repo, comment_id: commentId, content });
    },
    async listReactionsBy(commentId, login) {
      const reactions = await listAllPages(client, client.request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", { ...repo, comment_id: commentId, per_page: 100 }));
      return reactions.filter((reaction) => reaction.user?.login.toLowerCase() === login.toLowerCase()).map((reaction) => reaction.content);
    },
  };
}
