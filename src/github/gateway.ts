import type { LabelSpec } from "../core/plan/operation.js";
import type { CheckRunInput, CheckRunResult, CheckRunUpdate } from "./gateway-checks.js";
import type { NewProjectField, Project, ProjectField, ProjectFieldValue, ProjectItem, ProjectOptionInput, ProjectRef } from "./gateway-projects.js";
import type {
  Comment,
  CommitFilesInput,
  ConditionalBranch,
  CommitFilesResult,
  ConditionalFile,
  FileContent,
  Issue,
  IssueInput,
  IssueListFilter,
  IssueUpdate,
  PullRequest,
  PullRequestFile,
  PullRequestInput,
  Reaction,
  RepoPermission,
  RepositoryInfo,
  TreeFile,
  UserInfo,
} from "./gateway-types.js";

export type * from "./gateway-checks.js";
export type * from "./gateway-projects.js";
export type * from "./gateway-types.js";

/** Which repository a gateway talks to. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * The only way the rest of the code reaches GitHub. Shaped after what the features need, not after
 * endpoints: no Octokit types leak out, lists come back whole (pagination is inside), and failures are
 * the typed errors of `errors.ts`. `createOctokitGateway` is the implementation.
 */
export interface GitHubGateway {
  readonly repoRef: RepoRef;
  readonly repo: RepositoryGateway;
  readonly labels: LabelsGateway;
  readonly git: GitGateway;
  readonly pulls: PullsGateway;
  readonly issues: IssuesGateway;
  readonly comments: CommentsGateway;
  readonly people: PeopleGateway;
  readonly checks: ChecksGateway;
  readonly projects: ProjectsGateway;
  /** Runs a GraphQL document. GraphQL errors become typed errors (see `GraphQLOptions.resource`). */
  graphql<T>(query: string, variables?: Record<string, unknown>, options?: GraphQLOptions): Promise<T>;
  /** API calls made through this gateway's Octokit so far (shared by gateways built on it). */
  stats(): RequestStats;
  /** A gateway for another repository over the same client, e.g. a central personas repository. */
  forRepo(repo: RepoRef): GitHubGateway;
}

export interface RepositoryGateway {
  /** Default branch, visibility and URL; fetched once per gateway. */
  getRepository(): Promise<RepositoryInfo>;
  /** A text file, or undefined when there is no file at `path` (a 404 for the repository still throws). */
  getFile(path: string, ref?: string): Promise<FileContent | undefined>;
  /** Conditional read: "unchanged" costs no rate limit when `etag` still matches. */
  getFileIfChanged(path: string, etag: string | undefined, ref?: string): Promise<ConditionalFile>;
  /** Every file (blob) in the tree at `ref` (default branch when omitted), recursively. */
  listTree(ref?: string): Promise<TreeFile[]>;
  /** The paths of `listTree`. */
  listPaths(ref?: string): Promise<string[]>;
  /** Several files at once (a few requests in parallel). Missing files are absent from the map. */
  readFiles(paths: readonly string[], ref?: string): Promise<Map<string, FileContent>>;
  /** A blob by SHA, as listed by `listTree`. Blobs never change, so callers may cache by SHA. */
  readBlob(sha: string, path: string): Promise<FileContent>;
}

export interface LabelsGateway {
  /** Every label of the repository (paginated, 100 per page). */
  list(): Promise<LabelSpec[]>;
  create(label: LabelSpec): Promise<void>;
  /** Updates the label called `currentName`; a different `label.name` renames it, keeping its issues. */
  update(currentName: string, label: LabelSpec): Promise<void>;
  /** Deletes a label; false when it was already gone. */
  delete(name: string): Promise<boolean>;
  /** How many issues and pull requests (open or closed) carry the label. */
  countIssues(name: string): Promise<number>;
}

export interface GitGateway {
  /** Head commit and tree of a branch, or undefined when the branch does not exist. */
  getBranch(branch: string): Promise<{ sha: string; treeSha: string } | undefined>;
  /**
   * Conditional read of a branch's head commit: "unchanged" while `etag` (from an earlier answer) still
   * matches, which GitHub does not count against the rate limit. Cheap enough to revalidate a cache.
   */
  getBranchIfChanged(branch: string, etag: string | undefined): Promise<ConditionalBranch>;
  /**
   * Writes `files` on top of `base` in one commit. When `branch` differs from `base` it is reset to
   * base + files (so re-runs converge); when they are the same, the commit fast-forwards `base`.
   * Makes no commit, and no write at all, when the branch already holds exactly these changes.
   */
  commitFiles(input: CommitFilesInput): Promise<CommitFilesResult>;
}

export interface PullsGateway {
  /** The open pull request from `headBranch` (in this repository), if any. */
  findOpen(headBranch: string): Promise<PullRequest | undefined>;
  create(input: PullRequestInput): Promise<PullRequest>;
  update(number: number, changes: { title?: string; body?: string }): Promise<PullRequest>;
  /** Every file a pull request changes (GitHub lists at most 3,000), renames with their old path. */
  listFiles(number: number): Promise<PullRequestFile[]>;
}

export interface IssuesGateway {
  /** An issue, or undefined when there is no issue with that number. */
  get(number: number): Promise<Issue | undefined>;
  create(input: IssueInput): Promise<Issue>;
  update(number: number, changes: IssueUpdate): Promise<Issue>;
  addLabels(number: number, labels: readonly string[]): Promise<void>;
  /** False when the issue did not carry the label. */
  removeLabel(number: number, label: string): Promise<boolean>;
  addAssignees(number: number, logins: readonly string[]): Promise<void>;
  removeAssignees(number: number, logins: readonly string[]): Promise<void>;
  /** Issues (not pull requests) matching the filter, oldest first. */
  list(filter?: IssueListFilter): Promise<Issue[]>;
  /**
   * The oldest issue whose body contains `marker` (e.g. a hidden `<!-- persona-governance:… -->`
   * comment). Lists rather than searches, because the search index lags behind fresh writes and
   * idempotency depends on finding what the previous run just created.
   */
  findByMarker(marker: string, filter?: Omit<IssueListFilter, "since">): Promise<Issue | undefined>;
}

export interface CommentsGateway {
  /** Every comment on an issue or pull request, oldest first. */
  list(issue: number): Promise<Comment[]>;
  create(issue: number, body: string): Promise<Comment>;
  update(commentId: number, body: string): Promise<Comment>;
  /** The oldest comment containing `marker`, optionally only one written by `author`. */
  findByMarker(issue: number, marker: string, options?: { author?: string }): Promise<Comment | undefined>;
  addReaction(commentId: number, content: Reaction): Promise<void>;
  /** The reactions `login` left on an issue comment, e.g. to tell whether a redelivery was already answered. */
  listReactionsBy(commentId: number, login: string): Promise<Reaction[]>;
}

export interface PeopleGateway {
  /** Logins of a team's members (including child teams), or undefined when the team does not exist. */
  listTeamMembers(org: string, teamSlug: string): Promise<string[] | undefined>;
  getUser(login: string): Promise<UserInfo | undefined>;
  isOrgMember(org: string, login: string): Promise<boolean>;
  /** The user's role on this repository; "none" for people without access or unknown logins. */
  getPermission(login: string): Promise<RepoPermission>;
}

export interface ChecksGateway {
  /** Creates a check run; annotations go 50 per request (the Checks API limit), the rest via updates. */
  create(input: CheckRunInput): Promise<CheckRunResult>;
  /** Updates a check run; annotations are appended, again 50 per request. */
  update(checkRunId: number, changes: CheckRunUpdate): Promise<CheckRunResult>;
}

/**
 * Projects (v2), over GraphQL. Failures name the token the Projects API needs (see `errors.ts`); the
 * Actions GITHUB_TOKEN can never reach Projects.
 */
export interface ProjectsGateway {
  /** A project with all its fields (and their options and iterations). */
  get(ref: ProjectRef): Promise<Project>;
  /** The item that holds an issue or pull request (by node id) on this project, with its field values. */
  findItem(projectId: string, contentId: string): Promise<ProjectItem | undefined>;
  /** Adds an issue or pull request; GitHub returns the existing item when it is already there. */
  addItem(projectId: string, contentId: string): Promise<string>;
  setFieldValue(item: { projectId: string; id: string }, fieldId: string, value: ProjectFieldValue): Promise<void>;
  clearFieldValue(item: { projectId: string; id: string }, fieldId: string): Promise<void>;
  createField(projectId: string, field: NewProjectField): Promise<ProjectField>;
  /**
   * Replaces a single-select field's options. GitHub cannot add one option alone: the new list replaces
   * the old, options get new ids, and items lose the values that used the old ones.
   */
  replaceOptions(fieldId: string, options: readonly ProjectOptionInput[]): Promise<ProjectField>;
}

export interface GraphQLOptions {
  /**
   * What the query reaches, so that a FORBIDDEN / NOT_FOUND / INSUFFICIENT_SCOPES error can say which
   * token it needs. Defaults to "projects" when the query mentions `projectV2`.
   */
  resource?: "projects" | "repository";
}

export interface RequestStats {
  /** HTTP requests sent, retries not counted. */
  requests: number;
  /** Of those, requests that change something (POST/PATCH/PUT/DELETE other than GraphQL queries). */
  writes: number;
}
