import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { registerApply } from "./apply.js";
import { registerFollowups } from "./followups.js";
import { registerImport } from "./import.js";
import { registerInit } from "./init.js";
import { registerPlan } from "./plan.js";
import { registerSurveyAnalyze } from "./survey/analyze.js";
import { registerSurveyPublish } from "./survey/publish.js";
import { registerSurveyQuestions } from "./survey-questions.js";
import { registerTools } from "./tools.js";
import { registerValidate } from "./validate.js";

/**
 * A command module adds one command (or a command group) to the program. Its action sets
 * `state.exitCode`; it throws UsageError for mistakes the user can fix.
 */
export interface CliState {
  exitCode: number;
}

export type RegisterCommand = (program: Command, io: CliIO, state: CliState) => void;

export const commands: RegisterCommand[] = [];
commands.push(registerInit, registerImport);
commands.push(registerTools, registerSurveyQuestions);
commands.push(registerPlan, registerApply);
commands.push(registerSurveyAnalyze);
commands.push(registerSurveyPublish);
commands.push(registerValidate);
commands.push(registerFollowups);
