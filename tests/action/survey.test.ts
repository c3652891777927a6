import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../action/main.js";
import { templateText } from "../../src/core/templates/render-template.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { EXPORT, FULL_NAME, makeCheckout, NAME, NOW, OWNER, seedRepo } from "../flows/survey/publish-fixture.js";
import { fakeDeps } from "./support/fake-core.js";
import { compileSchema } from "./support/json-schema.js";

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void } | undefined;
afterEach(() => checkout?.remove());

function deps(inputs: Record<string, string>) {
  const made = fakeDeps({ command: "survey", "github-token": "test-token", "survey-file": EXPORT, ...inputs }, checkout!.dir);
  Object.assign(made.env, { GITHUB_REPOSITORY: FULL_NAME, GITHUB_API_URL: gh.url, PERSONA_GOV_TIME_SCALE: "0.001", PERSONA_GOV_NOW: NOW });
  return made;
}

describe("command: survey (in-process)", () => {
  it("publishes the export and puts what it did and the survey overview in the job summary", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const action = deps({});
    await run(action);
    expect(action.calls.failed).toEqual([]);
    expect(action.calls.outputs["personas"]).toBe("3");
    expect(action.calls.outputs["changed"]).toBe("true");
    const plan = JSON.parse(action.calls.outputs["plan"]!) as { target: string; action: string; url: string | null }[];
    expect(plan.filter((operation) => operation.target === "analysis-issue").map((operation) => operation.url)).toEqual([1, 2, 3].map((n) => `https://github.com/${FULL_NAME}/issues/${n}`));
    expect(action.calls.summary).toContain(`Published the 2026-H2 survey to ${FULL_NAME}:`);
    expect(action.calls.summary).toContain("# Survey results (2026-H2)");
    expect(action.calls.summary).toContain(`| [Backend Developer](https://github.com/${FULL_NAME}/issues/1) |`);
    expect(gh.repo(OWNER, NAME)!.issues.size).toBe(7);
  });

  it("changes nothing when run again, and says so", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    await run(deps({}));
    gh.resetLog();
    const again = deps({});
    await run(again);
    expect(gh.writes()).toEqual([]);
    expect(again.calls.outputs["changed"]).toBe("false");
    expect(again.calls.summary).toContain("everything was already up to date");
  });

  it("only reports what it would do when dry-run is on", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const dry = deps({ "dry-run": "true" });
    await run(dry);
    expect(dry.calls.failed).toEqual([]);
    expect(gh.writes()).toEqual([]);
    expect(dry.calls.outputs["changed"]).toBe("false");
    expect(dry.calls.summary).toMatch(/^Dry run: nothing was written\./);
    expect(dry.calls.summary).toContain("| would create | review-meeting issue | 2026-H2 review meeting |");
  });

  it("fails the step with a clear message when survey-file is missing, outside the repository or absent", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const cases: [Record<string, string>, string][] = [
      [{ "survey-file": "" }, "Input 'survey-file' is required for command 'survey'"],
      [{ "survey-file": "../elsewhere.csv" }, "Input 'survey-file' must be a path inside the repository"],
      [{ "survey-file": "survey/2025.csv" }, "Input 'survey-file': survey/2025.csv does not exist in the checkout"],
    ];
    for (const [inputs, message] of cases) {
      const action = deps(inputs);
      await run(action);
      expect(action.calls.failed.join("\n")).toContain(message);
    }
    expect(gh.writes()).toEqual([]);
  });

  it("fails with the export's problems, listed in the summary, when it cannot be analysed", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    const action = deps({ "survey-file": ".github/persona-governance.yml" });
    await run(action);
    expect(action.calls.failed[0]).toMatch(/^Cannot publish \.github\/persona-governance\.yml:\n/);
    expect(action.calls.summary).toContain("## ❌ Survey not published");
    expect(action.calls.outputs).toEqual({ plan: "[]", changed: "false" });
  });
});

describe("templates/workflows/persona-survey.yml", () => {
  const text = templateText("workflows/persona-survey.yml");
  const workflow = parse(text) as {
    on: { workflow_dispatch: { inputs: Record<string, { required?: boolean; type: string }> } };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }>;
  };

  it("is a valid GitHub Actions workflow", () => {
    const validate = compileSchema("github-workflow.json");
    expect(validate(workflow) ? [] : validate.errors).toEqual([]);
  });

  it("runs command: survey by hand, with the export's path and dry-run as inputs", () => {
    expect(Object.keys(workflow.on)).toEqual(["workflow_dispatch"]);
    expect(workflow.on.workflow_dispatch.inputs["survey-file"]).toMatchObject({ required: true, type: "string" });
    expect(workflow.on.workflow_dispatch.inputs["dry-run"]).toMatchObject({ type: "boolean" });
    const step = workflow.jobs["publish"]!.steps.at(-1)!;
    expect(step).toEqual({
      uses: "persona-governance/persona-governance@v1",
      with: { command: "survey", "survey-file": "${{ inputs.survey-file }}", "dry-run": "${{ inputs.dry-run }}" },
    });
  });

  it("grants only reading the checkout and writing issues", () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs["publish"]!.permissions).toEqual({ contents: "read", issues: "write" });
  });
});
