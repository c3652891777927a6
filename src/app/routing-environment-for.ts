import type { PersonaProgram } from "../flows/app/persona-program.js";
import type { RoutingEnvironment } from "../flows/routing/routing-environment.js";
import type { AppRuntime } from "./app-runtime.js";
import type { EventScope } from "./event-scope.js";

/** The routing flows' environment for one issue of the event's repository. */
export async function routingEnvironmentFor(scope: EventScope, program: PersonaProgram, runtime: AppRuntime, issue: number): Promise<RoutingEnvironment> {
  const { owner, repo } = scope.gateway.repoRef;
  return {
    program,
    botLogin: await runtime.botLogin(),
    expandTeams: (teams) => runtime.teams.expand(scope.gateway, scope.installationId, teams),
    seed: `${owner}/${repo}#${issue}`,
    dryRun: runtime.settings.dryRun,
  };
}
