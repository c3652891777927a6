import type { Probot } from "probot";
import { createAppRuntime, type AppRuntime } from "./app-runtime.js";
import { registerAnalyzeSurvey } from "./handlers/analyze-survey.js";
import { registerChampionHealth } from "./handlers/champion-health.js";
import { registerFollowups } from "./handlers/followups.js";
import { readFollowupsInterval, startFollowupSchedule } from "./handlers/followups-schedule.js";
import { registerInstallationSync } from "./handlers/installation-sync.js";
import { registerPullRequestCheck } from "./handlers/pull-request-check.js";
import { registerPushSync } from "./handlers/push-sync.js";
import { registerQuestionRouting } from "./handlers/route-questions.js";
import { registerSlashCommands } from "./handlers/slash-commands.js";
import { readAppSettings } from "./read-app-settings.js";
import { createExclusiveRunner } from "./run-exclusive.js";

/**
 * The persona-governance GitHub App, as `probot run ./lib/app/index.js` (`npm start`) loads it: the
 * settings come from the environment, then every handler is registered.
 */
export default (app: Probot): void => {
  const runtime = createAppRuntime(app, readAppSettings(process.env));
  registerHandlers(app, runtime);
  // Only here, not in registerHandlers, so tests that register handlers start no timers.
  startFollowupSchedule(app, {
    intervalMinutes: readFollowupsInterval(process.env),
    dryRun: runtime.settings.dryRun,
    now: () => new Date(runtime.now()),
  });
};

/** Registers one handler per concern, and nothing else. Tests call it with a runtime of their own. */
export function registerHandlers(app: Probot, runtime: AppRuntime): void {
  const exclusive = createExclusiveRunner();
  registerQuestionRouting(app, runtime, exclusive);
  registerSlashCommands(app, runtime, exclusive);
  registerPullRequestCheck(app, runtime);
  registerPushSync(app, runtime);
  registerInstallationSync(app, runtime);
  registerChampionHealth(app, runtime);
  registerAnalyzeSurvey(app, runtime, exclusive);
  registerFollowups(app, runtime, exclusive);
}
