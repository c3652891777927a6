import type { ActionInputs } from "../inputs.js";
import type { AnnotationProperties } from "../deps.js";

/** What a command needs to know about where it runs. */
export interface CommandContext {
  inputs: ActionInputs;
  /** Absolute path of the checked-out repository (`GITHUB_WORKSPACE`); annotation paths are relative to it. */
  workspace: string;
  /** Absolute path of `working-directory`: the root whose `personas/` and settings file are used. */
  root: string;
  env: Record<string, string | undefined>;
}

export interface Annotation {
  level: "error" | "warning";
  message: string;
  properties: AnnotationProperties;
}

/**
 * A command's result as data. `main` turns it into annotations, outputs, the job summary and the
 * step's status, so every command reports the same way.
 */
export interface CommandOutcome {
  annotations: Annotation[];
  /** Markdown for the job summary. */
  summary: string;
  outputs: Record<string, string>;
  /** Set when the step must fail; the reason is shown on the step. */
  failure?: string;
}

export interface ActionCommand {
  run(context: CommandContext): Promise<CommandOutcome>;
}
