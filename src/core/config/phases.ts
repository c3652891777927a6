/**
 * The default phases of a workflow map, in the order people work through them. Ids are what persona
 * docs, tools and survey mappings refer to; keywords drive survey categorisation (stemmed at match time,
 * so list base forms).
 */
export interface PhaseDefinition {
  id: string;
  name: string;
  keywords: string[];
}

export const DEFAULT_PHASES: readonly PhaseDefinition[] = [
  { id: "design-and-planning", name: "Design and planning", keywords: ["design doc", "design", "planning", "plan", "estimate", "estimation", "roadmap", "spec", "requirement", "rfc", "architecture", "sprint"] },
  { id: "source-control", name: "Source control", keywords: ["git", "branch", "merge", "rebase", "monorepo", "commit", "conflict", "checkout", "clone", "repository", "vcs", "submodule"] },
  { id: "editing-code", name: "Editing code", keywords: ["ide", "editor", "autocomplete", "code search", "intellisense", "language server", "lsp", "refactor", "syntax highlight", "vscode", "indexing"] },
  { id: "building", name: "Building", keywords: ["build", "compile", "compiler", "linker", "ci", "pipeline", "queue", "cache", "incremental", "artifact", "bazel", "gradle", "webpack", "slow build"] },
  { id: "debugging", name: "Debugging", keywords: ["debug", "debugger", "breakpoint", "repro", "reproduce", "emulator", "simulator", "stack trace", "core dump", "log", "logging"] },
  { id: "dependency-management", name: "Dependency management", keywords: ["dependency", "package", "package manager", "version", "pin", "upgrade", "lockfile", "vulnerability", "npm", "maven", "pip", "library", "transitive"] },
  { id: "testing", name: "Testing", keywords: ["test", "flaky", "flake", "unit test", "integration test", "e2e", "coverage", "fixture", "mock", "test infra", "regression"] },
  { id: "code-review", name: "Code review", keywords: ["review", "reviewer", "pull request", "pr", "approval", "approve", "turnaround", "nit", "codeowner", "diff"] },
  { id: "release-and-deployment", name: "Release and deployment", keywords: ["release", "deploy", "deployment", "rollout", "rollback", "release train", "canary", "ship", "hotfix", "production push", "change freeze"] },
  { id: "experimentation", name: "Experimentation", keywords: ["experiment", "a/b test", "ab test", "notebook", "feature flag", "flag", "jupyter", "hypothesis", "metric"] },
  { id: "bug-tracking", name: "Bug tracking and fixing", keywords: ["bug", "issue tracker", "ticket", "triage", "backlog", "jira", "defect", "bug report"] },
  { id: "monitoring-and-alerting", name: "Monitoring and alerting", keywords: ["monitor", "monitoring", "dashboard", "alert", "alerting", "page", "paging", "pager", "on-call", "oncall", "incident", "slo", "observability", "metric", "trace"] },
];
