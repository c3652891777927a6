import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_DEFAULTS } from "../../action/inputs.js";
import { compileSchema } from "./support/json-schema.js";

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const metadata = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as ActionMetadata;

describe("action.yml", () => {
  it("is valid against SchemaStore's action schema", () => {
    const validate = compileSchema("github-action.json");
    expect(validate(metadata), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("runs the committed bundle on node24", () => {
    expect(metadata.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares the same defaults the code falls back to", () => {
    expect(metadata.inputs.command?.default).toBe(INPUT_DEFAULTS.command);
    expect(metadata.inputs.config?.default).toBe(INPUT_DEFAULTS.config);
    expect(metadata.inputs["working-directory"]?.default).toBe(INPUT_DEFAULTS["working-directory"]);
    expect(metadata.inputs["dry-run"]?.default).toBe(String(INPUT_DEFAULTS["dry-run"]));
    expect(metadata.inputs["github-token"]?.default).toBe("${{ github.token }}");
  });

  it("tells users that Projects need a token of their own", () => {
    expect(metadata.inputs["project-token"]?.description).toContain("default `GITHUB_TOKEN` cannot reach Projects v2");
  });

  it("declares every output the validate command sets", () => {
    expect(Object.keys(metadata.outputs)).toEqual(expect.arrayContaining(["errors", "warnings", "personas", "plan", "changed"]));
  });
});
