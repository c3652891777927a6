/** Check-run values for `ChecksGateway`. Positions are 1-based, as in the core's diagnostics. */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  /** Only honoured by GitHub when the annotation stays on one line. */
  startColumn?: number;
  endColumn?: number;
  level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckOutput {
  title: string;
  /** Markdown; cut to GitHub's 65,535-character limit with a note if longer. */
  summary: string;
  text?: string;
  annotations?: readonly CheckAnnotation[];
}

export type CheckStatus = "queued" | "in_progress" | "completed";
export type CheckConclusion = "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required";

export interface CheckRunInput {
  name: string;
  headSha: string;
  status: CheckStatus;
  /** Required by GitHub when `status` is "completed". */
  conclusion?: CheckConclusion;
  detailsUrl?: string;
  externalId?: string;
  output: CheckOutput;
}

export interface CheckRunUpdate {
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  output?: CheckOutput;
}

export interface CheckRunResult {
  id: number;
  htmlUrl: string;
}
