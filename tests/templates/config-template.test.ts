import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/core/config/config-schema.js";
import { defaultConfig, parseConfig } from "../../src/core/config/parse-config.js";
import { keysAt } from "../../src/core/config/schema-keys.js";
import { templateText } from "../../src/core/templates/render-template.js";

const text = templateText("persona-governance.yml");

/** Every key path the settings schema knows, descending into objects and list items. */
function keyPaths(path: (string | number)[] = []): string[][] {
  return keysAt(configSchema, path).flatMap((key) => {
    const child = [...path, key];
    return [child.filter((p): p is string => typeof p === "string"), ...keyPaths(child), ...keyPaths([...child, 0])];
  });
}

describe("templates/persona-governance.yml", () => {
  it("parses with no diagnostics", () => {
    expect(parseConfig(text).diagnostics).toEqual([]);
  });

  it("sets exactly the defaults, so it means the same as having no file", () => {
    expect(parseConfig(text).config).toEqual(defaultConfig());
  });

  it("mentions every key of the schema, set or commented out", () => {
    const paths = keyPaths();
    expect(paths.length).toBeGreaterThan(40);
    const missing = paths.filter((path) => !new RegExp(`^[ \\t]*(?:#[ \\t]*)?(?:- )?${path.at(-1)}:`, "m").test(text));
    expect(missing).toEqual([]);
  });

  it("gives valid examples in its commented-out keys", () => {
    // Uncommenting the examples (and dropping the empty defaults they replace) must still parse cleanly.
    const uncommented = text
      .replace(/^(\s*)(extra|tools): \[\]\n/gm, "")
      .replace(/^(\s*)# ( *(?:- |"[^"]*": |[a-z][A-Za-z]*:(?: |$)))/gm, "$1$2");
    const parsed = parseConfig(uncommented);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.config.routing.personasRepo).toBe("acme/personas");
    expect(parsed.config.tools.map((t) => t.name)).toEqual(["Bazel"]);
    expect(parsed.config.phases.extra.map((p) => p.id)).toEqual(["data-pipelines"]);
    expect(parsed.config.survey.scoreColumns).toEqual({ "How satisfied are you with build times?": "building" });
  });
});
