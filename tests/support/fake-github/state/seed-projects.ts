import { allocateId, nodeIdFor } from "./ids.js";
import type { ProjectFieldDataType, ProjectFieldRecord, ProjectRecord } from "./project-records.js";
import type { FakeState } from "./records.js";
import { seedOrg, seedUser } from "./seed-accounts.js";

export interface ProjectFieldSeed {
  name: string;
  dataType: ProjectFieldDataType;
  /** Option names of a SINGLE_SELECT field. */
  options?: readonly string[];
  /** Iterations of an ITERATION field. */
  iterations?: readonly { title: string; startDate: string; duration?: number }[];
}

export interface ProjectSeed {
  /** Login of the organisation or user that owns the project. */
  owner: string;
  ownerKind?: "organization" | "user";
  number?: number;
  title?: string;
  /** Extra fields; every project also has GitHub's built-in ones (Title, Assignees, Status, Labels, ...). */
  fields?: readonly ProjectFieldSeed[];
  /** Simulate a token without project access (GraphQL FORBIDDEN / NOT_FOUND errors). */
  access?: ProjectRecord["access"];
}

const BUILT_IN: readonly ProjectFieldSeed[] = [
  { name: "Title", dataType: "TITLE" },
  { name: "Assignees", dataType: "ASSIGNEES" },
  { name: "Status", dataType: "SINGLE_SELECT", options: ["Todo", "In Progress", "Done"] },
  { name: "Labels", dataType: "LABELS" },
  { name: "Linked pull requests", dataType: "LINKED_PULL_REQUESTS" },
  { name: "Milestone", dataType: "MILESTONE" },
  { name: "Repository", dataType: "REPOSITORY" },
  { name: "Reviewers", dataType: "REVIEWERS" },
];

/** Creates a field record with GitHub-style node ids for it and its options. */
export function createProjectField(state: FakeState, seed: ProjectFieldSeed): ProjectFieldRecord {
  const id = allocateId(state);
  const prefix = seed.dataType === "SINGLE_SELECT" ? "PVTSSF" : seed.dataType === "ITERATION" ? "PVTIF" : "PVTF";
  return {
    id: nodeIdFor(prefix, id),
    databaseId: id,
    name: seed.name,
    dataType: seed.dataType,
    options: (seed.options ?? []).map((name) => ({ id: optionId(state), name, color: "GRAY", description: "" })),
    iterations: (seed.iterations ?? []).map((it) => ({
      id: optionId(state),
      title: it.title,
      startDate: it.startDate,
      duration: it.duration ?? 14,
    })),
  };
}

/** GitHub's single-select option ids are short hex strings. */
export function optionId(state: FakeState): string {
  return allocateId(state).toString(16).padStart(8, "0");
}

/** Adds a Projects (v2) board owned by an organisation (default) or a user. */
export function seedProject(state: FakeState, seed: ProjectSeed): ProjectRecord {
  const ownerKind = seed.ownerKind ?? "organization";
  if (ownerKind === "organization") seedOrg(state, seed.owner);
  else seedUser(state, seed.owner);
  const sameOwner = state.projects.filter((p) => p.ownerLogin.toLowerCase() === seed.owner.toLowerCase());
  const id = allocateId(state);
  const extra = (seed.fields ?? []).filter((f) => !BUILT_IN.some((b) => b.name === f.name));
  const replaced = BUILT_IN.map((b) => seed.fields?.find((f) => f.name === b.name) ?? b);
  const project: ProjectRecord = {
    id: nodeIdFor("PVT", id),
    databaseId: id,
    number: seed.number ?? sameOwner.length + 1,
    title: seed.title ?? `Project ${sameOwner.length + 1}`,
    ownerLogin: seed.owner,
    ownerKind,
    closed: false,
    fields: [...replaced, ...extra].map((f) => createProjectField(state, f)),
    items: [],
    access: seed.access ?? "ok",
  };
  state.projects.push(project);
  return project;
}
