import { describe, expect, it } from "vitest";
import { planItemValues } from "../../../src/core/followups/plan-item-values.js";
import { planProjectFields } from "../../../src/core/followups/plan-project-fields.js";
import type { FieldNames, ProjectFieldInfo } from "../../../src/core/followups/project-shapes.js";

const names: FieldNames = { status: "Status", persona: "Persona", due: "Due", cycle: "Cycle", owner: "Owner" };

function field(id: string, name: string, dataType: string, options: string[] = [], iterations: ProjectFieldInfo["iterations"] = []): ProjectFieldInfo {
  return { id, name, dataType, options: options.map((option) => ({ id: `${id}:${option}`, name: option })), iterations };
}

const status = field("S", "Status", "SINGLE_SELECT", ["Todo", "In Progress", "Done"]);
const board = [status, field("P", "Persona", "SINGLE_SELECT", ["Backend Developer", "SRE"]), field("D", "Due", "DATE"), field("C", "Cycle", "TEXT"), field("O", "Owner", "TEXT")];

describe("planProjectFields", () => {
  it("creates the missing fields and adds missing persona options to the full list", () => {
    const plan = planProjectFields([status, field("P", "persona", "SINGLE_SELECT", ["SRE"])], ["Backend Developer", "SRE"], names);
    expect(plan.create.map((f) => [f.name, f.dataType])).toEqual([
      ["Due", "DATE"],
      ["Cycle", "TEXT"],
      ["Owner", "TEXT"],
    ]);
    expect(plan.replace).toEqual({ fieldId: "P", fieldName: "persona", options: ["SRE", "Backend Developer"], added: ["Backend Developer"] });
    expect(plan.notes).toEqual([]);
  });

  it("creates a Persona field with one option per persona", () => {
    expect(planProjectFields([status], ["SRE"], names).create[0]).toMatchObject({ name: "Persona", dataType: "SINGLE_SELECT", options: ["SRE"] });
  });

  it("never changes the Status options, and says which are missing", () => {
    const plan = planProjectFields([field("S", "Status", "SINGLE_SELECT", ["Backlog", "Shipped"]), ...board.slice(1)], ["SRE"], names);
    expect(plan.replace).toBeUndefined();
    expect(plan.notes).toEqual([expect.stringContaining('no "In Progress" or "Done" option')]);
  });

  it("explains a field of a type it cannot fill", () => {
    const plan = planProjectFields([status, ...board.slice(1, 4), field("O", "Owner", "NUMBER")], ["SRE"], names);
    expect(plan.notes).toEqual(['The "Owner" field is a number field, which persona-governance cannot fill in; it takes text, single-select fields.']);
  });
});

describe("planItemValues", () => {
  const facts = { state: "open" as const, persona: "SRE", due: "2027-01-10", cycle: "2026-H2", owner: "@bo" };

  it("fills every field of a new item", () => {
    const plan = planItemValues(board, undefined, facts, names);
    expect(plan.writes.map((w) => [w.fieldName, w.value])).toEqual([
      ["Status", { singleSelectOptionId: "S:Todo" }],
      ["Persona", { singleSelectOptionId: "P:SRE" }],
      ["Due", { date: "2027-01-10" }],
      ["Cycle", { text: "2026-H2" }],
      ["Owner", { text: "@bo" }],
    ]);
  });

  it("writes only what differs, and keeps a status someone moved on", () => {
    const current = { S: { singleSelectOptionId: "S:In Progress" }, P: { singleSelectOptionId: "P:SRE" }, D: { date: "2027-01-01" }, C: { text: "2026-H2" }, O: { text: "@bo" } };
    expect(planItemValues(board, current, facts, names).writes.map((w) => [w.fieldName, w.display])).toEqual([["Due", "2027-01-10"]]);
  });

  it("moves a closed issue to Done and a reopened one back to Todo", () => {
    const done = { S: { singleSelectOptionId: "S:Done" } };
    expect(planItemValues([status], {}, { state: "closed" }, names).writes[0]?.display).toBe("Done");
    expect(planItemValues([status], done, { state: "closed" }, names).writes).toEqual([]);
    expect(planItemValues([status], done, { state: "open" }, names).writes[0]?.display).toBe("Todo");
  });

  it("puts the cycle in an iteration field: by title, else the one holding the due date", () => {
    const iterations = [
      { id: "it1", title: "Sprint 1", startDate: "2027-01-04", duration: 14 },
      { id: "it2", title: "2026-H2", startDate: "2026-07-01", duration: 184 },
    ];
    const cycle = field("C", "Cycle", "ITERATION", [], iterations);
    expect(planItemValues([cycle], undefined, facts, names).writes[0]?.value).toEqual({ iterationId: "it2" });
    expect(planItemValues([cycle], undefined, { ...facts, cycle: "2027-H1" }, names).writes[0]?.value).toEqual({ iterationId: "it1" });
    expect(planItemValues([cycle], undefined, { ...facts, cycle: "2027-H1", due: "2027-03-01" }, names).notes).toEqual([expect.stringContaining('no iteration titled "2027-H1" or covering 2027-03-01')]);
  });
});
