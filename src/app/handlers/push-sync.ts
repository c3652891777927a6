import type { Probot } from "probot";
import { describeSync } from "../../flows/app/describe-sync.js";
import { isProgramPush } from "../../flows/app/program-push.js";
import { applyRepositorySync } from "../../flows/sync/apply-sync-flow.js";
import type { AppRuntime } from "../app-runtime.js";
import { readEventScope } from "../event-scope.js";
import { onEvent } from "../on-event.js";
import { pushFactsOf } from "../push-facts-of.js";
import { settingsForEvent } from "../settings-for-event.js";

/**
 * Pushes to the default branch that change the persona program: the cached programs read from this
 * repository (its own, and any that use it as central personas or settings repository) are dropped,
 * and the sync is applied (labels, CODEOWNERS, issue forms, directory).
 */
export function registerPushSync(app: Probot, runtime: AppRuntime): void {
  onEvent(app, ["push"], "push sync", async (context) => {
    const scope = readEventScope(context);
    if (scope === undefined) return;
    const push = pushFactsOf(context.payload);
    if (!isProgramPush(push, await settingsForEvent(context, scope, runtime))) return;
    const dropped = runtime.programs.invalidate(scope.installationId, scope.gateway.repoRef);
    context.log.debug(`push sync: forgot ${dropped} cached program(s)`);
    const result = await applyRepositorySync({ gateway: scope.gateway, docs: { kind: "github" }, dryRun: runtime.settings.dryRun });
    context.log.info(describeSync(result));
  });
}
