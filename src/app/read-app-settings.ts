/** How the App instance behaves, from its environment. All optional; the defaults suit one instance. */
export interface AppSettings {
  /** A cached persona program is used this long without asking GitHub whether it changed. */
  programFreshForMs: number;
  /** A cached program is read again after this long, whatever GitHub says. */
  programMaxAgeMs: number;
  /** Champion team member lists are used this long before they are read again. */
  teamsFreshForMs: number;
  /** Log what would be done and write nothing to GitHub. */
  dryRun: boolean;
}

const DEFAULTS = { PERSONA_GOV_CACHE_SECONDS: 60, PERSONA_GOV_CACHE_MAX_AGE_SECONDS: 3600, PERSONA_GOV_TEAM_CACHE_SECONDS: 600 };

/**
 * Reads `PERSONA_GOV_CACHE_SECONDS`, `PERSONA_GOV_CACHE_MAX_AGE_SECONDS`, `PERSONA_GOV_TEAM_CACHE_SECONDS`
 * and `PERSONA_GOV_DRY_RUN`. A value that is not a non-negative number is an error at start-up, not a
 * surprise later.
 */
export function readAppSettings(env: Readonly<Record<string, string | undefined>>): AppSettings {
  return {
    programFreshForMs: seconds(env, "PERSONA_GOV_CACHE_SECONDS") * 1000,
    programMaxAgeMs: seconds(env, "PERSONA_GOV_CACHE_MAX_AGE_SECONDS") * 1000,
    teamsFreshForMs: seconds(env, "PERSONA_GOV_TEAM_CACHE_SECONDS") * 1000,
    dryRun: flag(env, "PERSONA_GOV_DRY_RUN"),
  };
}

function seconds(env: Readonly<Record<string, string | undefined>>, name: keyof typeof DEFAULTS): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return DEFAULTS[name];
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of seconds (0 or more), got "${raw}"`);
  return value;
}

function flag(env: Readonly<Record<string, string | undefined>>, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? "";
  if (raw === "" || raw === "false" || raw === "0") return false;
  if (raw === "true" || raw === "1") return true;
  throw new Error(`${name} must be "true" or "false", got "${env[name] ?? ""}"`);
}
