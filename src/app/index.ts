import type { Probot } from "probot";
import { createAppRuntime } from "./app-runtime.js";
import { registerChampionHealth } from "./handlers/champion-health.js";
import { registerInstallationSync } from "./handlers/installation-sync.js";
import { registerPullRequestCheck } from "./handlers/pull-request-check.js";
import { registerPushSync } from "./handlers/push-sync.js";
import { registerQuestionRouting } from "./handlers/route-questions.js";
import { registerSlashCommands } from "./handlers/slash-commands.js";
import { readAppSettings } from "./read-app-settings.js";
import { createExclusiveRunner } from "./run-exclusive.js";

/**
 * The persona-governance GitHub App: registers one handler per concern and nothing else. Run it with
 * `probot run ./lib/app/index.js` (`npm start`).
 */
export default (app: Probot): void => {
  const runtime = createAppRuntime(app, readAppSettings(process.env));
  const exclusive = createExclusiveRunner();
  registerQuestionRouting(app, runtime, exclusive);
  registerSlashCommands(app, runtime, exclusive);
  registerPullRequestCheck(app, runtime);
  registerPushSync(app, runtime);
  registerInstallationSync(app, runtime);
  registerChampionHealth(app, runtime);
};
