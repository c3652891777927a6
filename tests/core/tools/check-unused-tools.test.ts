import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { checkUnusedTools } from "../../../src/core/tools/check-unused-tools.js";
import { persona } from "../../support/persona-builder.js";
import { loadToolsFixture } from "./tools-fixture.js";

const { personas, config, configText } = loadToolsFixture();
const source = { file: ".github/persona-governance.yml", text: configText };

describe("checkUnusedTools", () => {
  it("warns at the tool's name in the settings file for each registry tool no living persona names", () => {
    const result = checkUnusedTools(config, personas, source);
    expect(result.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      ".github/persona-governance.yml:20:5 warning unused-tool",
      ".github/persona-governance.yml:22:5 warning unused-tool",
    ]);
    expect(result[0]!.message).toBe('tool "Jenkins" is in the tools registry, but no active or draft persona\'s workflow map names it');
    expect(configText.split("\n")[19]).toBe("  - name: Jenkins");
    expect(result[1]!.message).toContain('"Snyk"');
  });

  it("counts a tool named by an alias, in any case, as used", () => {
    const used = [persona({ workflow: { building: ["HARBOR"] } }), persona({ id: "b", workflow: { building: ["bazel", "grafana", "PagerDuty", "jenkins", "snyk"] } })];
    expect(checkUnusedTools(config, used, source)).toEqual([]);
  });

  it("says nothing without a registry, and points at line 1 without the file's text", () => {
    expect(checkUnusedTools(defaultConfig(), personas)).toEqual([]);
    expect(checkUnusedTools(config, [], { file: "cfg.yml" })[0]).toMatchObject({ file: "cfg.yml", line: 1, column: 1 });
  });
});
