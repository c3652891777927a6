/**
 * A plan is a list of operations, each with the reason it is needed. The core computes plans; the one
 * executor in src/github applies them, and is the only place that knows about dry runs.
 */
export interface LabelSpec {
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string;
}

export type LabelOperation =
  | { kind: "label"; action: "create"; target: string; label: LabelSpec; reason: string }
  | { kind: "label"; action: "update"; target: string; label: LabelSpec; changes: string[]; reason: string }
  /** `target` is the current name; `label.name` the new one. Issues keep the label across a rename. */
  | { kind: "label"; action: "rename"; target: string; label: LabelSpec; reason: string }
  | { kind: "label"; action: "delete"; target: string; reason: string };

export interface FileOperation {
  kind: "file";
  action: "create" | "update";
  /** Repository-relative path. */
  target: string;
  content: string;
  /** The current content, when the file exists. */
  previous?: string;
  /** Unified diff from `previous` to `content`. */
  diff: string;
  reason: string;
}

export type Operation = LabelOperation | FileOperation;

export interface Plan {
  operations: Operation[];
  /** Things the user should know that are not operations, e.g. a CODEOWNERS rule that shadows ours. */
  warnings: PlanWarning[];
}

export interface PlanWarning {
  file: string;
  line: number;
  rule: string;
  message: string;
}
