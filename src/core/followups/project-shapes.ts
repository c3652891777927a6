/**
 * Projects (v2) values as the follow-ups' planners see them. They mirror the gateway's types (which
 * the pure core may not import), so the gateway's objects can be passed in as they are.
 */
export interface ProjectFieldInfo {
  id: string;
  name: string;
  /** GitHub's `ProjectV2FieldType`: TEXT, DATE, SINGLE_SELECT, ITERATION, NUMBER, or a built-in. */
  dataType: string;
  options: readonly { id: string; name: string }[];
  iterations: readonly { id: string; title: string; startDate: string; duration: number }[];
}

export type FieldValue = { text: string } | { number: number } | { date: string } | { singleSelectOptionId: string } | { iterationId: string };

/** The configured names of the fields we fill in (`followups.fields`). */
export interface FieldNames {
  status: string;
  persona: string;
  due: string;
  cycle: string;
  owner: string;
}

/** A field by name, ignoring case, as people rename fields casually. */
export function findField(fields: readonly ProjectFieldInfo[], name: string): ProjectFieldInfo | undefined {
  const wanted = name.trim().toLowerCase();
  return fields.find((field) => field.name.trim().toLowerCase() === wanted);
}

/** A single-select option by name, ignoring case and spacing. */
export function findOption(field: ProjectFieldInfo, names: readonly string[]): { id: string; name: string } | undefined {
  const wanted = new Set(names.map(squash));
  return field.options.find((option) => wanted.has(squash(option.name)));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Names the Status options go by on boards people set up by hand (matched ignoring case and spaces). */
export const STATUS_NAMES = {
  todo: ["Todo", "To do", "Backlog"],
  inProgress: ["In Progress", "Doing"],
  done: ["Done", "Closed", "Complete", "Completed"],
} as const;
