import { describe, expect, it } from "vitest";
import { findings, validate, validDoc } from "./validate-helpers.js";

describe("champions-missing", () => {
  it("requires a champion for an active persona, at the champions key", () => {
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE", champions: [] }) }), "champions-missing")).toEqual([
      ["personas/sre.md", 3, "active persona `sre` has no champions", 'add `champions: ["@user"]` (a person or `@org/team` in this persona), or set `status: draft`'],
    ]);
  });

  it("applies when status is left to its default and champions are absent", () => {
    const report = validate({ "personas/sre.md": "---\nname: SRE\n---\n## Role Summary\nx\n## Responsibilities\nx\n## Goals\nx\n" });
    expect(findings(report, "champions-missing")).toEqual([["personas/sre.md", 2, "active persona `sre` has no champions", expect.any(String)]]);
  });

  it.each(["draft", "retired"])("lets a %s persona have none", (status) => {
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE", champions: [], status }) }), "champions-missing")).toEqual([]);
  });

  it("accepts a team as champion", () => {
    expect(validate({ "personas/sre.md": validDoc({ name: "SRE", champions: ["@acme/sre-champions"] }) }).diagnostics).toEqual([]);
  });
});

describe("champion-malformed", () => {
  it("reports a champion that is not a handle, at its item", () => {
    const report = validate({ "personas/sre.md": validDoc({ name: "SRE", champions: ["@ok", "octocat"] }) });
    expect(findings(report, "champion-malformed")).toEqual([["personas/sre.md", 5, "`champions[1]` must be a GitHub handle: @user or @org/team", undefined]]);
  });

  it("accepts users and teams", () => {
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE", champions: ["@a-b", "@org/team.x"] }) }), "champion-malformed")).toEqual([]);
  });
});
