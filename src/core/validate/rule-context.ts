import type { Config } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { MarkdownBody } from "../persona/markdown-body.js";
import type { Persona } from "../persona/persona.js";
import type { RepoSnapshot } from "../repo/repo-snapshot.js";

/** One persona doc as the cross-file rules see it, whether or not its front matter was valid. */
export interface CheckedDoc {
  file: string;
  /** The id other docs know it by. */
  id: string;
  persona?: Persona;
  /** Headings and links; tables are only needed while parsing, so they are not kept. */
  body?: Pick<MarkdownBody, "firstLine" | "sections" | "links">;
}

/** Everything a rule may look at. Rules are pure functions of this. */
export interface RuleContext {
  config: Config;
  phases: readonly PhaseDefinition[];
  docs: readonly CheckedDoc[];
  personas: readonly Persona[];
  snapshot: RepoSnapshot;
}

export type Check = (ctx: RuleContext) => Diagnostic[];
