import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../action/commands/index.js";
import { readInputs } from "../../action/inputs.js";
import { InputError } from "../../action/errors.js";
import { fakeCore } from "./support/fake-core.js";

describe("readInputs", () => {
  it("reads every input the workflow passed", () => {
    const { core } = fakeCore({
      command: "validate",
      "github-token": "ghs_token",
      config: "config/personas.yml",
      "working-directory": "docs",
      "dry-run": "true",
      "survey-file": "survey/2026-H2.csv",
      "project-token": "github_pat_abc",
    });
    expect(readInputs(core)).toEqual({
      command: "validate",
      githubToken: "ghs_token",
      configPath: "config/personas.yml",
      workingDirectory: "docs",
      dryRun: true,
      surveyFile: "survey/2026-H2.csv",
      projectToken: "github_pat_abc",
    });
  });

  it("applies action.yml's defaults when inputs are missing, as in a local run", () => {
    const { core } = fakeCore({});
    expect(readInputs(core)).toEqual({
      command: "validate",
      githubToken: "",
      workingDirectory: ".",
      dryRun: false,
    });
  });

  it("treats the default settings path, however written, as the optional default file", () => {
    for (const config of [".github/persona-governance.yml", "./.github/persona-governance.yml", ""]) {
      expect(readInputs(fakeCore({ config }).core)).not.toHaveProperty("configPath");
    }
  });

  it("normalises a named settings path and a working directory", () => {
    const inputs = readInputs(fakeCore({ config: "./config//personas.yml", "working-directory": "docs/" }).core);
    expect(inputs.configPath).toBe("config/personas.yml");
    expect(inputs.workingDirectory).toBe("docs/");
  });

  it("masks both tokens in the log", () => {
    const { core, calls } = fakeCore({ "github-token": "ghs_one", "project-token": "github_pat_two" });
    readInputs(core);
    expect(calls.secrets).toEqual(["ghs_one", "github_pat_two"]);
  });

  it("rejects a command that does not exist, listing the ones that do", () => {
    const { core } = fakeCore({ command: "publish" });
    expect(() => readInputs(core)).toThrow(InputError);
    expect(() => readInputs(core)).toThrow(`Input 'command' must be one of: ${COMMAND_NAMES.join(", ")} (got 'publish')`);
    expect(COMMAND_NAMES).toContain("validate");
  });

  it("suggests the nearest command for a typo", () => {
    const { core } = fakeCore({ command: "validat" });
    expect(() => readInputs(core)).toThrow("did you mean 'validate'?");
  });

  it("strips control characters from a bad value before echoing it", () => {
    const { core } = fakeCore({ command: "x\u001b[31m::error::boom" });
    let message = "";
    try {
      readInputs(core);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("x?[31m::error::boom");
    expect(message).not.toContain("\u001b");
  });

  it.each(["yes", "1", "on"])("rejects dry-run '%s' with the accepted values", (value) => {
    const { core } = fakeCore({ "dry-run": value });
    expect(() => readInputs(core)).toThrow(`Input 'dry-run' must be true or false (got '${value}')`);
  });

  it.each([
    ["TRUE", true],
    ["False", false],
  ])("accepts dry-run '%s' as YAML 1.2 booleans", (value, expected) => {
    const { core } = fakeCore({ "dry-run": value });
    expect(readInputs(core).dryRun).toBe(expected);
  });
});
