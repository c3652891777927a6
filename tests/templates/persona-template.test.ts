import { describe, expect, it } from "vitest";
import { DEFAULT_PHASES } from "../../src/core/config/phases.js";
import { frontMatterSchema } from "../../src/core/persona/front-matter-schema.js";
import { renderTemplate } from "../../src/core/templates/render-template.js";
import { parseYaml } from "../../src/core/yaml/parse-yaml.js";

const text = renderTemplate("persona.md", { name: "Example Persona", id: "example-persona" });

describe("templates/persona.md", () => {
  it("has front matter the persona schema accepts, as a draft with no champions yet", () => {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const yaml = parseYaml(match?.[1] ?? "", 1);
    expect(yaml.errors).toEqual([]);
    const parsed = frontMatterSchema.safeParse(yaml.value);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toMatchObject({ name: "Example Persona", id: "example-persona", status: "draft", champions: [] });
  });

  it("has every required and recommended section, each with content", () => {
    const sections = [...text.matchAll(/^## (.+)\n\n(\S)/gm)].map((m) => m[1]);
    expect(sections).toEqual(["Role Summary", "Responsibilities", "Goals", "Typical Communication", "Interactions with Other Roles", "Workflow"]);
  });

  it("uses only default phase ids in its workflow table", () => {
    const phases = [...text.matchAll(/^\| ([a-z][a-z-]*) \|/gm)].map((m) => m[1]);
    expect(phases.length).toBeGreaterThan(5);
    const known = DEFAULT_PHASES.map((p) => p.id);
    expect(phases.filter((phase) => !known.includes(phase ?? ""))).toEqual([]);
  });
});
