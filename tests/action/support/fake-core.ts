import type { ActionCore, ActionDeps, AnnotationProperties } from "../../../action/deps.js";

/** Everything the Action told the runner, in order, so tests assert on it directly. */
export interface RecordedCalls {
  annotations: { level: "error" | "warning"; message: string; properties: AnnotationProperties }[];
  outputs: Record<string, string>;
  secrets: string[];
  failed: string[];
  summary: string;
  info: string[];
  debug: string[];
}

/**
 * A stand-in for `@actions/core` that reads inputs from a map (as the runner's `INPUT_*` variables
 * would supply them) and records every call. Boolean inputs follow @actions/core's rules: only
 * true/True/TRUE and false/False/FALSE are accepted.
 */
export function fakeCore(inputs: Record<string, string> = {}): { core: ActionCore; calls: RecordedCalls } {
  const calls: RecordedCalls = { annotations: [], outputs: {}, secrets: [], failed: [], summary: "", info: [], debug: [] };
  const getInput = (name: string) => (inputs[name] ?? "").trim();
  const core: ActionCore = {
    getInput,
    getBooleanInput: (name) => {
      const value = getInput(name);
      if (["true", "True", "TRUE"].includes(value)) return true;
      if (["false", "False", "FALSE"].includes(value)) return false;
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`);
    },
    setOutput: (name, value) => {
      calls.outputs[name] = value;
    },
    setSecret: (secret) => calls.secrets.push(secret),
    setFailed: (message) => calls.failed.push(message),
    error: (message, properties) => calls.annotations.push({ level: "error", message, properties }),
    warning: (message, properties) => calls.annotations.push({ level: "warning", message, properties }),
    info: (message) => calls.info.push(message),
    debug: (message) => calls.debug.push(message),
    writeSummary: async (markdown) => {
      calls.summary += markdown;
    },
  };
  return { core, calls };
}

/** Deps for `run()`: a fake core, and a workspace given as the runner would (`GITHUB_WORKSPACE`). */
export function fakeDeps(inputs: Record<string, string>, workspace: string): ActionDeps & { calls: RecordedCalls } {
  const { core, calls } = fakeCore(inputs);
  return { core, calls, env: { GITHUB_WORKSPACE: workspace }, cwd: workspace };
}
