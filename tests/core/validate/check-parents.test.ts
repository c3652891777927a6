import { describe, expect, it } from "vitest";
import { findings, validate, validDoc } from "./validate-helpers.js";

describe("unknown-parent", () => {
  it("reports a parent that is no persona's id, with the nearest id", () => {
    const report = validate({ "personas/sre.md": validDoc({ name: "SRE" }), "personas/oncall.md": validDoc({ name: "On-call", parent: "ser" }) });
    expect(findings(report, "unknown-parent")).toEqual([["personas/oncall.md", 5, "parent `ser` is not the id of any persona", "did you mean `sre`?"]]);
  });

  it("gives general advice when nothing is close", () => {
    const report = validate({ "personas/oncall.md": validDoc({ name: "On-call", parent: "platform-engineering" }) });
    expect(findings(report, "unknown-parent")[0]?.[3]).toBe("use the id of an existing persona (its file name without .md, or its `id:`)");
  });

  it("accepts an existing parent, even one whose own front matter has problems", () => {
    const report = validate({ "personas/sre.md": "---\nname: SRE\nbogus: 1\n---\n", "personas/oncall.md": validDoc({ name: "On-call", parent: "sre" }) });
    expect(findings(report, "unknown-parent")).toEqual([]);
  });
});

describe("parent-cycle", () => {
  it("reports a persona that is its own parent", () => {
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE", parent: "sre" }) }), "parent-cycle")).toEqual([
      ["personas/sre.md", 5, "persona `sre` is its own parent", "remove `parent` from one persona in the cycle"],
    ]);
  });

  it("reports every member of a longer cycle once, naming the cycle from it", () => {
    const report = validate({
      "personas/a.md": validDoc({ name: "A", parent: "b" }),
      "personas/b.md": validDoc({ name: "B", parent: "c" }),
      "personas/c.md": validDoc({ name: "C", parent: "a" }),
      "personas/d.md": validDoc({ name: "D", parent: "a" }),
    });
    expect(findings(report, "parent-cycle").map((f) => [f[0], f[2]])).toEqual([
      ["personas/a.md", "parents form a cycle: a → b → c → a"],
      ["personas/b.md", "parents form a cycle: b → c → a → b"],
      ["personas/c.md", "parents form a cycle: c → a → b → c"],
    ]);
  });

  it("accepts a chain that ends", () => {
    const report = validate({
      "personas/a.md": validDoc({ name: "A" }),
      "personas/b.md": validDoc({ name: "B", parent: "a" }),
      "personas/c.md": validDoc({ name: "C", parent: "b" }),
    });
    expect(findings(report, "parent-cycle")).toEqual([]);
  });
});
