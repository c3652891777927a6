import { commitFiles } from "./state/commit-files.js";
import { entryAt, flattenTree, resolveCommitish, type GitIdentity } from "./state/git-store.js";
import { timestamp } from "./state/ids.js";
import { findRepo } from "./state/lookup.js";
import type { ProjectRecord } from "./state/project-records.js";
import type {
  CommentRecord,
  FakeState,
  InstallationRecord,
  IssueRecord,
  LabelRecord,
  OrgRecord,
  Permission,
  PullRecord,
  RepoRecord,
  TeamRecord,
  UserRecord,
} from "./state/records.js";
import { seedInstallation, seedOrg, seedTeam, seedUser, type InstallationSeed, type UserSeed } from "./state/seed-accounts.js";
import { seedProject, type ProjectSeed } from "./state/seed-projects.js";
import {
  createComment,
  createIssue,
  createLabel,
  requireRepo,
  seedPermission,
  seedRepo,
  type IssueSeed,
  type LabelSeed,
  type RepoSeed,
} from "./state/seed-repos.js";
import { createPull, type PullSeed } from "./state/seed-pulls.js";

/** Seeding and inspection helpers over the in-memory state. Seeding mistakes throw at once. */
export class FakeSeeds {
  readonly state: FakeState;

  constructor(state: FakeState) {
    this.state = state;
  }

  addUser(login: string, seed: UserSeed = {}): UserRecord {
    return seedUser(this.state, login, seed);
  }

  addOrg(org: string, seed: { members?: readonly string[] } = {}): OrgRecord {
    return seedOrg(this.state, org, seed.members ?? []);
  }

  addTeam(org: string, slug: string, members: readonly string[], name?: string): TeamRecord {
    return seedTeam(this.state, org, slug, members, name);
  }

  addRepo(seed: RepoSeed): RepoRecord {
    return seedRepo(this.state, seed);
  }

  setPermission(owner: string, repo: string, login: string, permission: Permission): void {
    seedPermission(this.state, owner, repo, login, permission);
  }

  addInstallation(id: number, seed: InstallationSeed): InstallationRecord {
    return seedInstallation(this.state, id, seed);
  }

  addLabel(owner: string, repo: string, seed: LabelSeed): LabelRecord {
    return createLabel(this.state, requireRepo(this.state, owner, repo), seed);
  }

  addIssue(owner: string, repo: string, seed: IssueSeed): IssueRecord {
    return createIssue(this.state, requireRepo(this.state, owner, repo), seed);
  }

  addComment(owner: string, repo: string, issueNumber: number, body: string, user?: string): CommentRecord {
    return createComment(this.state, requireRepo(this.state, owner, repo), issueNumber, body, user);
  }

  /** Opens a pull request from `head` (created from `base` with `files` committed on it). */
  addPullRequest(owner: string, repo: string, seed: PullSeed): { issue: IssueRecord; pull: PullRecord } {
    return createPull(this.state, requireRepo(this.state, owner, repo), seed);
  }

  addProject(seed: ProjectSeed): ProjectRecord {
    return seedProject(this.state, seed);
  }

  /** Commits text files (null deletes) to a branch, default the default branch; returns the commit sha. */
  commitFiles(
    owner: string,
    repo: string,
    files: Record<string, string | null>,
    options: { branch?: string; message?: string } = {},
  ): string {
    const record = requireRepo(this.state, owner, repo);
    const changes = new Map(Object.entries(files).map(([p, t]) => [p, t === null ? null : Buffer.from(t)]));
    const who: GitIdentity = { name: "Fake Seeder", email: "seeder@example.com", date: timestamp(this.state) };
    return commitFiles(record, options.branch ?? record.defaultBranch, changes, options.message ?? "Update files", who).commit;
  }

  /** The repository record (throws when missing). */
  repo(owner: string, repo: string): RepoRecord {
    return requireRepo(this.state, owner, repo);
  }

  /** Text of a file at a branch, tag or sha (default branch when omitted), or undefined. */
  readFile(owner: string, repo: string, path: string, ref?: string): string | undefined {
    const record = findRepo(this.state, owner, repo);
    const commit = record && resolveCommitish(record.git, ref ?? record.defaultBranch);
    const tree = commit && record.git.commits.get(commit)?.tree;
    const entry = tree ? entryAt(record.git, tree, path) : undefined;
    const blob = entry?.type === "blob" ? record?.git.blobs.get(entry.sha) : undefined;
    return blob?.toString("utf8");
  }

  /** Every file at a ref (default branch when omitted): path → text. */
  listFiles(owner: string, repo: string, ref?: string): Record<string, string> {
    const record = requireRepo(this.state, owner, repo);
    const commit = resolveCommitish(record.git, ref ?? record.defaultBranch);
    const tree = commit ? record.git.commits.get(commit)?.tree : undefined;
    const files = tree ? flattenTree(record.git, tree) : new Map<string, { sha: string }>();
    return Object.fromEntries([...files].map(([path, f]) => [path, record.git.blobs.get(f.sha)?.toString("utf8") ?? ""]));
  }

  /** Label names of a repository, in creation order. */
  labelNames(owner: string, repo: string): string[] {
    return requireRepo(this.state, owner, repo).labels.map((l) => l.name);
  }

  /** An issue or pull request by number. */
  issue(owner: string, repo: string, number: number): IssueRecord | undefined {
    return requireRepo(this.state, owner, repo).issues.get(number);
  }

  /** Label names on an issue. */
  issueLabels(owner: string, repo: string, number: number): string[] {
    const record = requireRepo(this.state, owner, repo);
    const ids = record.issues.get(number)?.labelIds ?? [];
    return ids.flatMap((id) => record.labels.filter((l) => l.id === id).map((l) => l.name));
  }

  /** Comments on an issue, oldest first. */
  comments(owner: string, repo: string, number: number): CommentRecord[] {
    return requireRepo(this.state, owner, repo).comments.filter((c) => c.issueNumber === number);
  }

  /** Pull requests of a repository, with their issue data. */
  pulls(owner: string, repo: string): { issue: IssueRecord; pull: PullRecord }[] {
    const record = requireRepo(this.state, owner, repo);
    return [...record.pulls.values()].map((pull) => ({ pull, issue: record.issues.get(pull.number)! }));
  }
}
