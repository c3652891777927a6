import type { Config } from "./config/config-schema.js";
import type { Diagnostic, DiagnosticCounts } from "./diagnostics/diagnostic.js";
import type { Persona } from "./persona/persona.js";

/** The outcome of validating a whole repository: what every front end prints, annotates or summarises. */
export interface ValidationReport {
  config: Config;
  /** The settings file that was read, or undefined when defaults were used. */
  configFile?: string;
  /** Personas that parsed well enough to be used by later steps (sync, routing, survey). */
  personas: Persona[];
  /** Sorted by file, line, column. */
  diagnostics: Diagnostic[];
  counts: DiagnosticCounts;
  /** How many persona docs were read. */
  filesChecked: number;
}
