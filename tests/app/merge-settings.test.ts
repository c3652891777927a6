import { describe, expect, it } from "vitest";
import { mergeSettings } from "../../src/app/merge-settings.js";

describe("mergeSettings", () => {
  it("merges mappings key by key, the more specific file winning", () => {
    const organisation = { routing: { strategy: "all", responseTime: "a week" }, labels: { prefix: "persona: " } };
    const repository = { routing: { responseTime: "one day" } };
    expect(mergeSettings([organisation, repository])).toEqual({ routing: { strategy: "all", responseTime: "one day" }, labels: { prefix: "persona: " } });
  });

  it("replaces lists instead of adding to them", () => {
    expect(mergeSettings([{ routing: { fallbackChampions: ["@a", "@b"] } }, { routing: { fallbackChampions: ["@c"] } }])).toEqual({ routing: { fallbackChampions: ["@c"] } });
  });

  it("lets a later file replace a mapping with another kind of value, for the schema to report", () => {
    expect(mergeSettings([{ routing: { strategy: "all" } }, { routing: "none" }])).toEqual({ routing: "none" });
  });
});
