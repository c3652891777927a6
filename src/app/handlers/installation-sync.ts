import type { Probot } from "probot";
import { describeSync } from "../../flows/app/describe-sync.js";
import { hasPersonaProgram } from "../../flows/app/has-persona-program.js";
import { applyRepositorySync } from "../../flows/sync/apply-sync-flow.js";
import type { AppRuntime } from "../app-runtime.js";
import { onEvent } from "../on-event.js";
import { forEachInstalledRepository, INSTALLATION_EVENTS } from "../installed-repositories.js";

/** The initial sync of every newly installed repository that holds a persona program. */
export function registerInstallationSync(app: Probot, runtime: AppRuntime): void {
  onEvent(app, INSTALLATION_EVENTS, "installation sync", async (context) => {
    await forEachInstalledRepository(context, "installation sync", async (gateway) => {
      const name = `${gateway.repoRef.owner}/${gateway.repoRef.repo}`;
      if (!(await hasPersonaProgram(gateway))) {
        context.log.debug(`installation sync: ${name} holds no persona program`);
        return;
      }
      const result = await applyRepositorySync({ gateway, docs: { kind: "github" }, dryRun: runtime.settings.dryRun });
      context.log.info(`installation sync: ${name}: ${describeSync(result)}`);
    });
  });
}
