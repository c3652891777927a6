import type { Comment, Issue, IssueStateReason } from "../gateway.js";

/** The fields of GitHub's issue schema we read; the REST responses satisfy it structurally. */
export interface IssueData {
  number: number;
  node_id: string;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  user: { login: string } | null;
  html_url: string;
  pull_request?: unknown;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CommentData {
  id: number | bigint;
  body?: string | undefined;
  user: { login: string } | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

const STATE_REASONS: readonly string[] = ["completed", "not_planned", "reopened"];

export function toIssue(data: IssueData): Issue {
  return {
    number: data.number,
    nodeId: data.node_id,
    title: data.title,
    body: data.body ?? "",
    state: data.state === "closed" ? "closed" : "open",
    stateReason: STATE_REASONS.includes(data.state_reason ?? "") ? (data.state_reason as IssueStateReason) : undefined,
    labels: data.labels.flatMap((label) => (typeof label === "string" ? [label] : label.name === undefined ? [] : [label.name])),
    assignees: (data.assignees ?? []).map((user) => user.login),
    author: data.user?.login,
    htmlUrl: data.html_url,
    isPullRequest: data.pull_request !== undefined && data.pull_request !== null,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
    closedAt: data.closed_at ?? undefined,
  };
}

export function toComment(data: CommentData): Comment {
  return {
    id: Number(data.id),
    body: data.body ?? "",
    author: data.user?.login,
    htmlUrl: data.html_url,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
  };
}
