import { validateLocal } from "../../src/flows/validate-local.js";
import { annotationsFor } from "../report/annotations.js";
import { plural } from "../report/plural.js";
import { renderValidationSummary } from "../report/validation-summary.js";
import { workspacePath } from "../report/workspace-path.js";
import type { ActionCommand, CommandContext, CommandOutcome } from "./command.js";

/**
 * `command: validate` — checks every persona doc (links cross files, so a change to one doc can break
 * another) and the settings file. Fails the step when there are errors; warnings only annotate.
 */
export const validateCommand: ActionCommand = {
  async run(context: CommandContext): Promise<CommandOutcome> {
    const { configPath } = context.inputs;
    const report = await validateLocal(context.root, configPath === undefined ? {} : { configPath });
    const pathOf = (file: string) => workspacePath(context.workspace, context.root, file);
    const { errors, warnings } = report.counts;
    return {
      annotations: annotationsFor(report.diagnostics, pathOf),
      summary: renderValidationSummary({ report, pathOf, root: context.inputs.workingDirectory }),
      outputs: {
        errors: String(errors),
        warnings: String(warnings),
        personas: String(report.personas.length),
        changed: "false",
      },
      ...(errors > 0
        ? { failure: `Persona docs have ${plural(errors, "error")} and ${plural(warnings, "warning")}; the job summary lists every finding.` }
        : {}),
    };
  },
};
