import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { isProgramPush, type PushFacts } from "../../../src/flows/app/program-push.js";

const push = (changes: Partial<PushFacts>): PushFacts => ({ ref: "refs/heads/main", defaultBranch: "main", deleted: false, changedPaths: [], complete: true, ...changes });

describe("isProgramPush", () => {
  it("is true for the settings file, a persona doc or a survey questions file on the default branch", () => {
    for (const path of [".github/persona-governance.yml", "personas/sre.md", "survey/questions/sre.yml"]) {
      expect(isProgramPush(push({ changedPaths: [path] }), defaultConfig())).toBe(true);
    }
  });

  it("is false for other files, other branches and deleted branches", () => {
    expect(isProgramPush(push({ changedPaths: ["src/app.ts", "personas.md"] }), defaultConfig())).toBe(false);
    expect(isProgramPush(push({ ref: "refs/heads/feature", changedPaths: ["personas/sre.md"] }), defaultConfig())).toBe(false);
    expect(isProgramPush(push({ deleted: true, changedPaths: ["personas/sre.md"] }), defaultConfig())).toBe(false);
  });

  it("follows personas.path from the settings", () => {
    const config = { ...defaultConfig(), personas: { ...defaultConfig().personas, path: "docs/personas" } };
    expect(isProgramPush(push({ changedPaths: ["docs/personas/sre.md"] }), config)).toBe(true);
    expect(isProgramPush(push({ changedPaths: ["personas/sre.md"] }), config)).toBe(false);
  });

  it("assumes a change when the payload may not list every path", () => {
    expect(isProgramPush(push({ complete: false, changedPaths: ["src/app.ts"] }), defaultConfig())).toBe(true);
  });
});
