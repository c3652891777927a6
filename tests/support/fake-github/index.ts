/**
 * A local fake GitHub for tests: REST and GraphQL on 127.0.0.1, state in memory, every request checked
 * against GitHub's published API descriptions. Start with `startFakeGitHub()`.
 */
export { startFakeGitHub } from "./start-fake-github.js";
export { FakeGitHub, type FakeGitHubOptions } from "./fake-github.js";
export type { FailureSpec } from "./failures.js";
export type { GraphqlLogEntry, RequestLogEntry, Violation, ViolationKind } from "./log-types.js";
export type * from "./state/records.js";
export type * from "./state/project-records.js";
export type { CommitRecord, GitStore, TreeEntry } from "./state/git-store.js";
export type { RepoSeed, IssueSeed, LabelSeed } from "./state/seed-repos.js";
export type { PullSeed } from "./state/seed-pulls.js";
export type { UserSeed, InstallationSeed } from "./state/seed-accounts.js";
export type { ProjectSeed, ProjectFieldSeed } from "./state/seed-projects.js";
