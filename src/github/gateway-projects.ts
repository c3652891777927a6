/** Projects (v2) values for `ProjectsGateway`. Ids are GraphQL node ids. */
export interface ProjectRef {
  ownerKind: "organization" | "user";
  owner: string;
  number: number;
}

export interface ProjectOption {
  id: string;
  name: string;
}

export interface ProjectIteration {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  startDate: string;
  /** Days. */
  duration: number;
}

export interface ProjectField {
  id: string;
  name: string;
  /** GitHub's `ProjectV2FieldType`, e.g. TEXT, DATE, SINGLE_SELECT, ITERATION, or a built-in such as TITLE. */
  dataType: string;
  /** Options of a SINGLE_SELECT field; empty otherwise. */
  options: ProjectOption[];
  /** Iterations of an ITERATION field; empty otherwise. */
  iterations: ProjectIteration[];
}

export interface Project {
  id: string;
  title: string;
  url: string;
  fields: ProjectField[];
}

/** A value GitHub's `updateProjectV2ItemFieldValue` accepts: exactly one of these per field type. */
export type ProjectFieldValue =
  | { text: string }
  | { number: number }
  | { date: string }
  | { singleSelectOptionId: string }
  | { iterationId: string };

export interface ProjectItem {
  id: string;
  projectId: string;
  /** Current values by field id, for the field types that can be set. */
  values: Record<string, ProjectFieldValue>;
}

export type ProjectOptionColor = "GRAY" | "BLUE" | "GREEN" | "YELLOW" | "ORANGE" | "RED" | "PINK" | "PURPLE";

export interface ProjectOptionInput {
  name: string;
  /** Default GRAY. */
  color?: ProjectOptionColor;
  description?: string;
}

export interface NewProjectField {
  name: string;
  dataType: "TEXT" | "NUMBER" | "DATE" | "SINGLE_SELECT";
  /** Required (at least one) for SINGLE_SELECT. */
  options?: readonly ProjectOptionInput[];
}
