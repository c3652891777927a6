import type { Diagnostic } from "../../core/diagnostics/diagnostic.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { openGitHubTree } from "../sync/open-github-tree.js";
import { validateFromReader } from "../sync/validate-from-reader.js";
import type { FollowupProgram } from "./followup-program.js";

const CONFIG_RULES = new Set(["config-yaml", "config-schema", "config-missing"]);

/** The settings file on the default branch is broken, so the follow-ups would run on guesses. */
export class ProgramSettingsError extends Error {
  override readonly name = "ProgramSettingsError";
  readonly diagnostic: Diagnostic;

  constructor(problem: Diagnostic) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${problem.message.replace(/\p{Cc}/gu, " ")}. Fix the settings file on the default branch; \`persona-gov validate\` lists every problem.`);
    this.diagnostic = problem;
  }
}

/**
 * The settings and persona docs from the repository's default branch on GitHub, for runs without a
 * checkout (the CLI without `--dir`). Persona docs with errors are left out as validation leaves
 * them out; broken settings stop the run, since their defaults would misread every line.
 *
 * @throws ProgramSettingsError when the settings file does not parse
 */
export async function loadProgramFromGitHub(gateway: GitHubGateway, configPath?: string): Promise<FollowupProgram> {
  const reader = await openGitHubTree(gateway);
  const { report } = await validateFromReader(reader, { configPath });
  const broken = report.diagnostics.find((problem) => CONFIG_RULES.has(problem.rule));
  if (broken !== undefined) throw new ProgramSettingsError(broken);
  return { config: report.config, personas: report.personas };
}
