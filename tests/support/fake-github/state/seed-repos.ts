import { commitFiles } from "./commit-files.js";
import { createGitStore } from "./git-store.js";
import { allocateId, nodeIdFor, timestamp } from "./ids.js";
import { findRepo, findUser } from "./lookup.js";
import type { CommentRecord, FakeState, IssueRecord, LabelRecord, Permission, RepoRecord } from "./records.js";
import { seedUser } from "./seed-accounts.js";

export interface RepoSeed {
  owner: string;
  repo: string;
  defaultBranch?: string;
  /** Files of the initial commit on the default branch: path → text. */
  files?: Record<string, string>;
  private?: boolean;
  description?: string;
}

/** Adds a repository with one commit holding `files` (the owner account is created if needed). */
export function seedRepo(state: FakeState, seed: RepoSeed): RepoRecord {
  if (findRepo(state, seed.owner, seed.repo)) throw new Error(`fake GitHub: repository ${seed.owner}/${seed.repo} already exists`);
  if (!findUser(state, seed.owner)) seedUser(state, seed.owner);
  const id = allocateId(state);
  const repo: RepoRecord = {
    id,
    nodeId: nodeIdFor("R", id),
    owner: seed.owner,
    name: seed.repo,
    private: seed.private ?? false,
    archived: false,
    description: seed.description ?? null,
    defaultBranch: seed.defaultBranch ?? "main",
    git: createGitStore(),
    labels: [],
    issues: new Map(),
    pulls: new Map(),
    comments: [],
    checkRuns: [],
    permissions: new Map(),
    nextNumber: 1,
  };
  const files = new Map(Object.entries(seed.files ?? {}).map(([path, text]) => [path, Buffer.from(text)]));
  const who = { name: "Fake Seeder", email: "seeder@example.com", date: timestamp(state) };
  commitFiles(repo, repo.defaultBranch, files, "Initial commit", who);
  state.repos.set(`${seed.owner}/${seed.repo}`.toLowerCase(), repo);
  return repo;
}

/** The repository, or an error naming it (seeding mistakes should be loud). */
export function requireRepo(state: FakeState, owner: string, name: string): RepoRecord {
  const repo = findRepo(state, owner, name);
  if (!repo) throw new Error(`fake GitHub: no repository ${owner}/${name}; call addRepo first`);
  return repo;
}

/** Grants a user a permission on a repository (the user is created if needed). */
export function seedPermission(state: FakeState, owner: string, name: string, login: string, permission: Permission): void {
  seedUser(state, login);
  requireRepo(state, owner, name).permissions.set(login.toLowerCase(), permission);
}

export interface LabelSeed {
  name: string;
  color?: string;
  description?: string | null;
}

/** Creates a label record (no uniqueness check: the REST handler does that). */
export function createLabel(state: FakeState, repo: RepoRecord, seed: LabelSeed): LabelRecord {
  const id = allocateId(state);
  const label: LabelRecord = {
    id,
    nodeId: nodeIdFor("LA", id),
    name: seed.name,
    color: (seed.color ?? "ededed").replace(/^#/, "").toLowerCase(),
    description: seed.description ?? null,
    default: false,
  };
  repo.labels.push(label);
  return label;
}

export interface IssueSeed {
  title: string;
  body?: string | null;
  user?: string;
  /** Label names; missing labels are created, as GitHub does. */
  labels?: readonly string[];
  assignees?: readonly string[];
  state?: "open" | "closed";
  stateReason?: IssueRecord["stateReason"];
  isPullRequest?: boolean;
}

/** Creates an issue record with the next number of the repository. */
export function createIssue(state: FakeState, repo: RepoRecord, seed: IssueSeed): IssueRecord {
  const id = allocateId(state);
  const now = timestamp(state);
  const user = seed.user ?? state.actor;
  seedUser(state, user);
  const labelIds = (seed.labels ?? []).map((name) => ensureLabel(state, repo, name).id);
  const closed = seed.state === "closed";
  const issue: IssueRecord = {
    id,
    nodeId: nodeIdFor(seed.isPullRequest ? "PR" : "I", id),
    number: repo.nextNumber++,
    title: seed.title,
    body: seed.body ?? null,
    user,
    state: closed ? "closed" : "open",
    stateReason: seed.stateReason ?? (closed ? "completed" : null),
    labelIds: [...new Set(labelIds)],
    assignees: [...(seed.assignees ?? [])],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: closed ? now : null,
    isPullRequest: seed.isPullRequest ?? false,
    reactions: [],
  };
  repo.issues.set(issue.number, issue);
  return issue;
}

/** The label with this name (case-insensitive), created with default colour if missing. */
export function ensureLabel(state: FakeState, repo: RepoRecord, name: string): LabelRecord {
  return repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()) ?? createLabel(state, repo, { name });
}

/** Adds a comment to an issue or pull request. */
export function createComment(state: FakeState, repo: RepoRecord, issueNumber: number, body: string, user?: string): CommentRecord {
  const id = allocateId(state);
  const now = timestamp(state);
  const author = user ?? state.actor;
  seedUser(state, author);
  const comment: CommentRecord = {
    id,
    nodeId: nodeIdFor("IC", id),
    issueNumber,
    body,
    user: author,
    createdAt: now,
    updatedAt: now,
    reactions: [],
  };
  repo.comments.push(comment);
  return comment;
}
