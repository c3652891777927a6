import { describe, expect, it } from "vitest";
import { findings, validate, validDoc } from "./validate-helpers.js";

describe("duplicate-id", () => {
  it("reports each doc sharing an id, naming the others, at the id key", () => {
    const report = validate({
      "personas/sre.md": validDoc({ name: "SRE" }),
      "personas/ops.md": validDoc({ name: "Ops", id: "sre" }),
    });
    expect(findings(report, "duplicate-id")).toEqual([
      ["personas/ops.md", 5, "id `sre` is also used by personas/sre.md", "give one of them a different `id:` (or file name)"],
      ["personas/sre.md", 1, "id `sre` is also used by personas/ops.md", "give one of them a different `id:` (or file name)"],
    ]);
    expect(findings(report, "name-collision")).toEqual([]);
  });

  it("counts docs whose front matter is broken, and docs in subfolders", () => {
    const report = validate({ "personas/a/sre.md": validDoc({ name: "A" }), "personas/b/sre.md": "---\nname: [\n---\n" });
    expect(findings(report, "duplicate-id").map((f) => f[0])).toEqual(["personas/a/sre.md", "personas/b/sre.md"]);
  });

  it("summarises long lists of duplicates", () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`personas/d${i}.md`, validDoc({ name: `P${i}`, id: "same" })]));
    expect(findings(validate(files), "duplicate-id")[0]?.[2]).toBe("id `same` is also used by personas/d1.md, personas/d2.md, personas/d3.md and 2 more");
  });

  it("accepts distinct ids", () => {
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE" }), "personas/web.md": validDoc({ name: "Web" }) }), "duplicate-id")).toEqual([]);
  });
});

describe("name-collision", () => {
  it("reports an alias that is another persona's name, ignoring case and spacing", () => {
    const report = validate({
      "personas/sre.md": validDoc({ name: "SRE", aliases: ["Ops"] }),
      "personas/web.md": validDoc({ name: "Web Developer", aliases: ["  sre "] }),
    });
    expect(findings(report, "name-collision")).toEqual([
      ["personas/sre.md", 2, 'name "SRE" is also the alias of personas/web.md, so it would be ambiguous which persona it means', "rename or remove one of them"],
      ["personas/web.md", 5, 'alias "sre" is also the name of personas/sre.md, so it would be ambiguous which persona it means', "rename or remove one of them"],
    ]);
  });

  it("reports an alias that is another persona's id", () => {
    const report = validate({ "personas/sre.md": validDoc({ name: "Site Reliability" }), "personas/web.md": validDoc({ name: "Web", aliases: ["SRE"] }) });
    expect(findings(report, "name-collision").map((f) => f[2])).toEqual([
      'id "sre" is also the alias of personas/web.md, so it would be ambiguous which persona it means',
      'alias "SRE" is also the id of personas/sre.md, so it would be ambiguous which persona it means',
    ]);
  });

  it("allows a persona to repeat its own name as an alias", () => {
    expect(findings(validate({ "personas/sre.md": validDoc({ name: "SRE", aliases: ["sre", "SRE"] }) }), "name-collision")).toEqual([]);
  });
});
