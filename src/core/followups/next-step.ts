import type { Handle } from "../config/handles.js";

/** One parsed line of the meeting issue's "Agreed next steps" checklist. */
export interface NextStep {
  /** 1-based line in the meeting issue's body. */
  line: number;
  /** The line as written (without its line break). */
  raw: string;
  /**
   * What the step is: the line without the box, the fields and the owner. Issue references stay in;
   * `stepTitle` takes out the one that links the tracking issue.
   */
  text: string;
  /** The box is ticked. */
  done: boolean;
  owner?: Handle;
  /** `YYYY-MM-DD`: the line's `due:`, else the cycle's planning deadline. */
  due?: string;
  /** Whether `due` came from the line or from the planning deadline. */
  dueFrom: "line" | "deadline";
  /** Persona id. */
  persona?: string;
  /** Phase id of the pain point. */
  pain?: string;
  /**
   * Issue numbers the line references (`#n`), a leading one first. The planner decides which, if any,
   * is the step's tracking issue; only an issue of this meeting can be.
   */
  references: number[];
  /** Set by the planner once it knows: the tracking issue the line links. */
  trackingIssue?: number;
}

/** A line of the checklist that could not be read, with what is wrong and how to write it. */
export interface StepProblem {
  /** 1-based line in the meeting issue's body; 0 for a problem with the whole section. */
  line: number;
  raw: string;
  message: string;
  fix: string;
  /** Issue numbers on the line, so a linked step whose line is broken is not taken for dropped. */
  references: number[];
}

export interface ParsedChecklist {
  /** Whether the meeting issue still has its "Agreed next steps" section. */
  found: boolean;
  steps: NextStep[];
  errors: StepProblem[];
}
