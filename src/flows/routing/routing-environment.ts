import type { Decision } from "../../core/routing/decision.js";
import type { DecisionOutcome } from "../../github/apply-decisions.js";
import type { PersonaProgram } from "../app/persona-program.js";
import type { TeamRef } from "../app/team-directory.js";

/** Everything a routing flow needs besides the gateway and the issue, supplied by the front end. */
export interface RoutingEnvironment {
  program: PersonaProgram;
  /** The login the App comments as (`<app-slug>[bot]`): only its comments carry trusted markers. */
  botLogin: string;
  /** Member lists of champion teams, keyed `org/slug` (the App caches them per installation). */
  expandTeams: (teams: readonly TeamRef[]) => Promise<Record<string, string[]>>;
  /** Seed for the `random` strategy; stable per issue, e.g. `owner/repo#number`. */
  seed: string;
  dryRun: boolean;
}

/** What a routing flow decided and what became of each decision. */
export interface RoutingResult {
  decisions: Decision[];
  outcomes: DecisionOutcome[];
}
