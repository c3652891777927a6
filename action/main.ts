import { statSync } from "node:fs";
import { resolve } from "node:path";
import { commands } from "./commands/index.js";
import type { CommandContext } from "./commands/command.js";
import { defaultDeps, type ActionDeps } from "./deps.js";
import { describeError, InputError } from "./errors.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { reportOutcome } from "./report/report-outcome.js";

/**
 * The Action: read the inputs, run the chosen command, report its outcome. Every failure, including a
 * throw of something that is not an Error, ends in `setFailed`, so the step can never pass by accident.
 */
export async function run(deps: ActionDeps = defaultDeps()): Promise<void> {
  try {
    const inputs = readInputs(deps.core);
    const context = commandContext(inputs, deps);
    const outcome = await commands[inputs.command].run(context);
    await reportOutcome(deps.core, outcome);
  } catch (error) {
    if (error instanceof Error && error.stack && !(error instanceof InputError)) deps.core.debug(error.stack);
    deps.core.setFailed(describeError(error));
  }
}

function commandContext(inputs: ActionInputs, deps: ActionDeps): CommandContext {
  const workspace = resolve(deps.cwd, deps.env.GITHUB_WORKSPACE ?? ".");
  const root = resolve(workspace, inputs.workingDirectory);
  if (!isDirectory(root)) {
    throw new InputError(`Input 'working-directory' must be a folder in the workspace; '${inputs.workingDirectory}' does not exist (looked for ${root})`);
  }
  return { inputs, workspace, root, env: deps.env };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
