import type { Probot } from "probot";
import { createPersonaCache, type PersonaCache } from "../flows/app/persona-cache.js";
import { createTeamDirectory, type TeamDirectory } from "../flows/app/team-directory.js";
import type { AppSettings } from "./read-app-settings.js";

/**
 * What the handlers of one App instance share: the caches, the bot's own login and the settings. It
 * is created once when Probot loads the App; nothing in it must survive a restart.
 */
export interface AppRuntime {
  settings: AppSettings;
  programs: PersonaCache;
  teams: TeamDirectory;
  /** `<app-slug>[bot]`, the login the App comments as; asked for once. */
  botLogin(): Promise<string>;
  now(): number;
}

/** The shared state of one App instance; `now` is injectable so tests can move the clock. */
export function createAppRuntime(app: Probot, settings: AppSettings, now: () => number = Date.now): AppRuntime {
  let login: Promise<string> | undefined;
  return {
    settings,
    programs: createPersonaCache(),
    teams: createTeamDirectory({ freshForMs: settings.teamsFreshForMs, now }),
    botLogin() {
      login ??= readBotLogin(app).catch((error: unknown) => {
        // Not remembered, so the next event asks again.
        login = undefined;
        throw error;
      });
      return login;
    },
    now,
  };
}

async function readBotLogin(app: Probot): Promise<string> {
  const octokit = await app.auth();
  const { data } = await octokit.request("GET /app");
  if (data === null || typeof data.slug !== "string") throw new Error("GET /app did not return the App's slug");
  return `${data.slug}[bot]`;
}
