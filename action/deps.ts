import * as core from "@actions/core";

/** Where an annotation points; the same shape `@actions/core` takes. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/**
 * The part of `@actions/core` the Action uses. Passed in, so tests run `run()` in-process with a
 * recording fake instead of mocking modules.
 */
export interface ActionCore {
  getInput(name: string): string;
  getBooleanInput(name: string): boolean;
  setOutput(name: string, value: string): void;
  setSecret(secret: string): void;
  setFailed(message: string): void;
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
}

export interface ActionDeps {
  core: ActionCore;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The real runner environment: `@actions/core`, `process.env` and the process's working directory. */
export function defaultDeps(): ActionDeps {
  return {
    core: {
      getInput: (name) => core.getInput(name),
      getBooleanInput: (name) => core.getBooleanInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      setSecret: (secret) => core.setSecret(secret),
      setFailed: (message) => core.setFailed(message),
      error: (message, properties) => core.error(message, properties),
      warning: (message, properties) => core.warning(message, properties),
      info: (message) => core.info(message),
      debug: (message) => core.debug(message),
      writeSummary: (markdown) => writeJobSummary(markdown),
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

async function writeJobSummary(markdown: string): Promise<void> {
  // Outside a runner (a local `node dist/index.js`) there is no summary file; the log gets the text.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
