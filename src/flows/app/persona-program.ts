import type { Config } from "../../core/config/config-schema.js";
import type { Persona } from "../../core/persona/persona.js";
import type { RepoRef } from "../../github/gateway.js";

/**
 * What the App needs to know about a repository's persona program to answer an event: the settings
 * (as Probot's config loader merged them) and the personas, read from this repository or from the
 * central personas repository the settings name.
 */
export interface PersonaProgram {
  config: Config;
  personas: Persona[];
  /** The repository the persona docs were read from. */
  personasRepo: RepoRef;
  /** Persona docs that did not parse; routing works without them, the pull request check reports them. */
  unreadableDocs: string[];
}

/** A settings object that failed validation: what to tell the maintainers, never a crash. */
export interface ConfigProblem {
  /** Where the settings came from, e.g. `acme/widgets:.github/persona-governance.yml`. */
  source: string;
  /** One line per problem, naming the key and the fix. */
  problems: string[];
}

export type ProgramResult = { status: "ready"; program: PersonaProgram } | { status: "invalid-config"; problem: ConfigProblem };
