import type { Config } from "../../core/config/config-schema.js";
import { resolvePhases } from "../../core/config/resolve-phases.js";
import type { StepVocabulary } from "../../core/followups/step-vocabulary.js";
import type { Persona } from "../../core/persona/persona.js";

/** The settings and persona docs the follow-ups work with, however the front end read them. */
export interface FollowupProgram {
  config: Config;
  personas: readonly Persona[];
}

/**
 * What checklist lines are checked against for a meeting of `cycle`. The planning deadline is the
 * default due date only for the current cycle's meeting: an older meeting's steps keep their dates.
 */
export function vocabularyFor(program: FollowupProgram, cycle: string | undefined): StepVocabulary {
  const current = program.config.survey.cycle;
  const sameCycle = cycle === undefined || current === undefined || cycle === current;
  const deadline = program.config.survey.planningDeadline;
  return {
    personas: program.personas,
    phases: resolvePhases(program.config),
    ...(sameCycle && deadline !== undefined ? { planningDeadline: deadline } : {}),
    ...(sameCycle ? {} : { dueOptional: true }),
  };
}
