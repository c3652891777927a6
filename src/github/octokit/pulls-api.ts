import type { PullRequest, PullRequestFile, PullsGateway } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { listAllPages } from "./list-all-pages.js";

interface PullData {
  number: number;
  node_id: string;
  title: string;
  body: string | null;
  html_url: string;
  head: { ref: string };
  base: { ref: string };
}

export function createPullsApi(context: ApiContext): PullsGateway {
  const { client, repo } = context;
  return {
    async findOpen(headBranch) {
      const { data } = await client.request("GET /repos/{owner}/{repo}/pulls", { ...repo, head: `${repo.owner}:${headBranch}`, state: "open", per_page: 1 });
      const first = data[0];
      return first === undefined ? undefined : toPullRequest(first);
    },
    async create(input) {
      const { data } = await client.request("POST /repos/{owner}/{repo}/pulls", { ...repo, head: input.head, base: input.base, title: input.title, body: input.body });
      return toPullRequest(data);
    },
    async update(number, changes) {
      const { data } = await client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: number, ...changes });
      return toPullRequest(data);
    },
    async listFiles(number) {
      const files = await listAllPages(client, client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repo, pull_number: number, per_page: 100 }));
      return files.map((file): PullRequestFile => ({ path: file.filename, status: file.status, ...(file.previous_filename ? { previousPath: file.previous_filename } : {}) }));
    },
  };
}

function toPullRequest(data: PullData): PullRequest {
  return {
    number: data.number,
    nodeId: data.node_id,
    title: data.title,
    body: data.body ?? "",
    htmlUrl: data.html_url,
    headBranch: data.head.ref,
    baseBranch: data.base.ref,
  };
}
