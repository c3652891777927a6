import type { Context } from "probot";
import type { PersonaProgram } from "../flows/app/persona-program.js";
import { loadRepositoryContext } from "../flows/app/load-repository-context.js";
import type { AppRuntime } from "./app-runtime.js";
import type { EventScope } from "./event-scope.js";
import { probotSettingsLoader } from "./load-probot-settings.js";

export type ProgramLoad = { ok: true; program: PersonaProgram } | { ok: false; problems: string[]; source: string };

/**
 * The persona program for an event, through the instance's cache. Broken settings are logged in one
 * line that names the file and every problem; the caller decides whether anyone else should hear.
 */
export async function loadProgram(context: Context, scope: EventScope, runtime: AppRuntime): Promise<ProgramLoad> {
  const result = await loadRepositoryContext(scope.gateway, {
    installationId: scope.installationId,
    defaultBranch: scope.defaultBranch,
    loadSettings: probotSettingsLoader(context),
    cache: runtime.programs,
    freshForMs: runtime.settings.programFreshForMs,
    maxAgeMs: runtime.settings.programMaxAgeMs,
    now: runtime.now,
  });
  if (result.status === "invalid-config") {
    const { source, problems } = result.problem;
    context.log.warn(`persona-governance settings ${source} are invalid, nothing was done: ${problems.join("; ")}`);
    return { ok: false, problems, source };
  }
  context.log.debug(`persona program: ${result.program.personas.length} personas (${result.origin})`);
  return { ok: true, program: result.program };
}
