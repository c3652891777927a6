import { describe, expect, it } from "vitest";
import { readLoadedSettings, type LoadedSettings } from "../../../src/flows/app/read-loaded-settings.js";

const base = { sources: [{ owner: "acme", repo: "program" }], description: "acme/program:.github/persona-governance.yml" };

function loaded(value: unknown): LoadedSettings {
  return { status: "loaded", value, ...base };
}

describe("readLoadedSettings", () => {
  it("applies the defaults when there is no settings file anywhere", () => {
    const result = readLoadedSettings(loaded(null));
    expect(result.ok && result.config.routing.strategy).toBe("all");
  });

  it("validates a merged settings object with the settings schema", () => {
    const result = readLoadedSettings(loaded({ routing: { strategy: "round-robin", fallbackChampions: ["@pat"] } }));
    expect(result.ok && result.config.routing).toMatchObject({ strategy: "round-robin", fallbackChampions: ["@pat"] });
  });

  it("names the key, the problem and a near miss, without positions it cannot know", () => {
    const result = readLoadedSettings(loaded({ routing: { strategy: "sometimes" }, routin: {} }));
    expect(result).toEqual({
      ok: false,
      problem: {
        source: base.description,
        problems: [expect.stringMatching(/^`routing\.strategy` must be one of "all", "round-robin", "random"/), "unknown key `routin`: did you mean `routing`?"],
      },
    });
  });

  it("passes on what the loader could not read", () => {
    const result = readLoadedSettings({ status: "unreadable", ...base, message: "Configuration could not be parsed (invalid YAML)" });
    expect(result).toEqual({ ok: false, problem: { source: base.description, problems: ["Configuration could not be parsed (invalid YAML)"] } });
  });

  it("refuses settings that are not a mapping", () => {
    expect(readLoadedSettings(loaded(["a"])).ok).toBe(false);
  });
});
