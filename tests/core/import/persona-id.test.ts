import { describe, expect, it } from "vitest";
import { choosePersonaId } from "../../../src/core/import/persona-id.js";

describe("choosePersonaId", () => {
  it("keeps a kebab-case slug and folds anything else into one", () => {
    const taken = new Set<string>();
    expect(["sre", "qa--test", "café-ops", "role_summary", "-x-", "日本語"].map((slug) => choosePersonaId(slug, taken))).toEqual([
      "sre",
      "qa-test",
      "cafe-ops",
      "role-summary",
      "x",
      "persona",
    ]);
  });

  it("never hands out an id twice, nor readme", () => {
    const taken = new Set<string>();
    expect(["qa-test", "qa--test", "qa-test-2", "readme"].map((slug) => choosePersonaId(slug, taken))).toEqual([
      "qa-test",
      "qa-test-2",
      "qa-test-2-2",
      "readme-2",
    ]);
  });
});
