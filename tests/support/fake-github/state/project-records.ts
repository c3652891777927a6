/** Projects (v2) as the GraphQL API exposes them. */

export type ProjectFieldDataType =
  | "ASSIGNEES"
  | "DATE"
  | "ITERATION"
  | "LABELS"
  | "LINKED_PULL_REQUESTS"
  | "MILESTONE"
  | "NUMBER"
  | "REPOSITORY"
  | "REVIEWERS"
  | "SINGLE_SELECT"
  | "TEXT"
  | "TITLE"
  | "TRACKS"
  | "TRACKED_BY";

export interface ProjectOptionRecord {
  id: string;
  name: string;
  color: string;
  description: string;
}

export interface ProjectIterationRecord {
  id: string;
  title: string;
  startDate: string;
  duration: number;
}

export interface ProjectFieldRecord {
  id: string;
  databaseId: number;
  name: string;
  dataType: ProjectFieldDataType;
  options: ProjectOptionRecord[];
  iterations: ProjectIterationRecord[];
}

export type ProjectFieldValue =
  | { kind: "text"; text: string }
  | { kind: "number"; number: number }
  | { kind: "date"; date: string }
  | { kind: "singleSelect"; optionId: string }
  | { kind: "iteration"; iterationId: string };

export interface ProjectItemRecord {
  id: string;
  databaseId: number;
  /** Node id of the issue or pull request on the board. */
  contentId: string;
  archived: boolean;
  values: Map<string, ProjectFieldValue>;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectRecord {
  id: string;
  databaseId: number;
  number: number;
  title: string;
  ownerLogin: string;
  ownerKind: "organization" | "user";
  closed: boolean;
  fields: ProjectFieldRecord[];
  items: ProjectItemRecord[];
  /** What the token sees: GitHub answers FORBIDDEN or NOT_FOUND when it lacks project access. */
  access: "ok" | "forbidden" | "not_found";
}
