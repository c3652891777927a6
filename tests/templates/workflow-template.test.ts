import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { templateText } from "../../src/core/templates/render-template.js";
import { compileSchema } from "../action/support/json-schema.js";

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { pull_request: { paths: string[] }; push: { branches: string[]; paths: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = templateText("workflows/persona-governance.yml");
const workflow = parse(text) as Workflow;

describe("templates/workflows/persona-governance.yml", () => {
  it("is a valid GitHub Actions workflow", () => {
    const validate = compileSchema("github-workflow.json");
    expect(validate(workflow) ? [] : validate.errors).toEqual([]);
  });

  it("validates pull requests that touch personas or the settings", () => {
    expect(workflow.on.pull_request.paths).toEqual(expect.arrayContaining(["personas/**", ".github/persona-governance.yml"]));
    const job = workflow.jobs.validate!;
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(job.steps.at(-1)).toEqual({ uses: "persona-governance/persona-governance@v1", with: { command: "validate" } });
  });

  it("syncs on pushes to main", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"], paths: ["personas/**", ".github/persona-governance.yml"] });
    const job = workflow.jobs.sync!;
    expect(job.if).toBe("github.event_name != 'pull_request'");
    expect(job.steps.at(-1)).toEqual({ uses: "persona-governance/persona-governance@v1", with: { command: "sync" } });
  });

  it("grants nothing by default and only what each job needs", () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.validate!.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.sync!.permissions).toEqual({ contents: "write", "pull-requests": "write", issues: "write" });
  });

  it("has no {{placeholder}} that rendering would try to fill", () => {
    expect(text.replace(/\$\{\{[^}]*\}\}/g, "")).not.toMatch(/\{\{/);
  });
});
