import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileSchema } from "./action/support/json-schema.js";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(readFileSync(new URL("../.github/workflows/ci.yml", import.meta.url), "utf8")) as Workflow;
const steps = (job: string) => workflow.jobs[job]?.steps ?? [];
const runs = (job: string) => steps(job).map((step) => step.run ?? "").join("\n");

describe(".github/workflows/ci.yml", () => {
  it("is valid against SchemaStore's workflow schema", () => {
    const validate = compileSchema("github-workflow.json");
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("has the three jobs: tests, the dist/ check and the Action on the example", () => {
    expect(Object.keys(workflow.jobs).sort()).toEqual(["action", "check-dist", "test"]);
  });

  it("only reads the repository", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it("pins every action it uses to a major version", () => {
    const uses = Object.keys(workflow.jobs).flatMap((job) => steps(job).flatMap((step) => (step.uses ? [step.uses] : [])));
    for (const action of uses.filter((u) => u !== "./")) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    expect(uses).toEqual(expect.arrayContaining(["actions/checkout@v4", "actions/setup-node@v4", "actions/upload-artifact@v4"]));
  });

  it("tests with the project's Node version: type-check, lint and tests after a clean install", () => {
    expect(steps("test").find((step) => step.uses === "actions/setup-node@v4")?.with?.["node-version-file"]).toBe(".node-version");
    expect(runs("test")).toMatch(/npm ci[\s\S]*npm run typecheck[\s\S]*npm run lint[\s\S]*npm test/);
  });

  it("rebuilds the bundle and fails when the committed dist/ differs", () => {
    expect(runs("check-dist")).toMatch(/npm run bundle[\s\S]*git diff [^\n]*--exit-code[^\n]*dist\//);
    const upload = steps("check-dist").find((step) => step.uses === "actions/upload-artifact@v4");
    expect(upload?.with?.path).toBe("dist/");
  });

  it("runs the Action itself on examples/", () => {
    const action = steps("action").find((step) => step.uses === "./");
    expect(action?.with).toEqual({ command: "validate", "working-directory": "examples" });
  });
});
