import { resolve } from "node:path";
import { CheckoutUnreadableError, loadLocalProgram, type LocalProgram } from "../../flows/questions/load-local-program.js";
import { UsageError } from "../errors.js";
import type { CliIO } from "../io.js";

const CONFIG_RULES = new Set(["config-yaml", "config-schema", "config-missing"]);

/**
 * Loads the program in `--dir` for commands that read the personas, settings and questions without
 * validating them. A broken settings file stops the command (its defaults would silently drop the
 * tools registry and the survey settings); broken persona docs and questions do not, since what parsed
 * is still useful, but the user is told to run `validate`.
 *
 * @param config the settings file as `--config` gives it: relative to the current directory, as for
 *   `persona-gov validate`; `<dir>/.github/persona-governance.yml` when absent
 */
export async function loadProgramForCli(io: CliIO, dir: string, config: string | undefined): Promise<LocalProgram> {
  let program: LocalProgram;
  try {
    program = await loadLocalProgram(resolve(io.cwd, dir), config === undefined ? undefined : resolve(io.cwd, config));
  } catch (error) {
    if (error instanceof CheckoutUnreadableError) throw new UsageError(`cannot read the repository in ${dir}: ${error.message}`);
    throw error;
  }
  const broken = program.report.diagnostics.find((d) => CONFIG_RULES.has(d.rule));
  if (broken) {
    throw new UsageError(`${broken.file}:${broken.line}:${broken.column}: ${broken.message.replace(/\p{Cc}/gu, " ")}. Fix the settings file first; \`persona-gov validate\` lists every problem.`);
  }
  // The validator may report the questions files' problems too; count each finding once.
  const errors = new Set([...program.report.diagnostics, ...program.questionDiagnostics].filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column}:${d.rule}`)).size;
  if (errors > 0) {
    io.stderr(`persona-gov: note: the persona docs or questions files have ${errors === 1 ? "1 error" : `${errors} errors`}; what could not be read is left out. Run \`persona-gov validate\` to see them.\n`);
  }
  return program;
}
