import { describe, expect, it } from "vitest";
import { readAppSettings } from "../../src/app/read-app-settings.js";

describe("readAppSettings", () => {
  it("defaults to a one-minute cache, an hour's maximum age, ten minutes for teams, and writing", () => {
    expect(readAppSettings({})).toEqual({ programFreshForMs: 60_000, programMaxAgeMs: 3_600_000, teamsFreshForMs: 600_000, dryRun: false });
  });

  it("reads the environment", () => {
    expect(readAppSettings({ PERSONA_GOV_CACHE_SECONDS: "5", PERSONA_GOV_TEAM_CACHE_SECONDS: "0", PERSONA_GOV_DRY_RUN: "true" })).toMatchObject({
      programFreshForMs: 5000,
      teamsFreshForMs: 0,
      dryRun: true,
    });
  });

  it("refuses values it cannot read, naming the variable", () => {
    expect(() => readAppSettings({ PERSONA_GOV_CACHE_SECONDS: "soon" })).toThrow('PERSONA_GOV_CACHE_SECONDS must be a number of seconds (0 or more), got "soon"');
    expect(() => readAppSettings({ PERSONA_GOV_DRY_RUN: "yes" })).toThrow('PERSONA_GOV_DRY_RUN must be "true" or "false", got "yes"');
  });
});
