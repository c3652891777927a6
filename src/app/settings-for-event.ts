import type { Context } from "probot";
import type { Config } from "../core/config/config-schema.js";
import { readLoadedSettings } from "../flows/app/read-loaded-settings.js";
import type { AppRuntime } from "./app-runtime.js";
import type { EventScope } from "./event-scope.js";
import { probotSettingsLoader } from "./load-probot-settings.js";

/**
 * The settings in force, for deciding whether a push or pull request concerns the persona program at
 * all: the cached program's when there is one (no request), else the settings file alone, without the
 * persona docs. Undefined when the settings are broken; the caller then goes by the defaults.
 */
export async function settingsForEvent(context: Context, scope: EventScope, runtime: AppRuntime): Promise<Config | undefined> {
  const cached = runtime.programs.get(scope.installationId, scope.gateway.repoRef);
  if (cached !== undefined) return cached.program.config;
  const reading = readLoadedSettings(await probotSettingsLoader(context)());
  return reading.ok ? reading.config : undefined;
}
