import { describe, expect, it } from "vitest";
import type { Config } from "../../../src/core/config/config-schema.js";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import type { Persona } from "../../../src/core/persona/persona.js";
import type { LabelSpec } from "../../../src/core/plan/operation.js";
import { desiredLabels } from "../../../src/core/sync/desired-labels.js";
import { labelChanges, planLabels } from "../../../src/core/sync/plan-labels.js";
import { workflowLabelSpecs } from "../../../src/core/sync/workflow-labels.js";
import { persona } from "../../support/persona-builder.js";
import { applyLabelOperations } from "./apply-plan.js";

const config = defaultConfig();

function plan(personas: Persona[], current: LabelSpec[], cfg: Config = config, usage?: Record<string, number>) {
  return planLabels(desiredLabels(personas, cfg), current, personas, cfg, usage);
}

/** The repository's labels when the workflow labels already exist, plus `extra`. */
function withWorkflow(...extra: LabelSpec[]): LabelSpec[] {
  return [...workflowLabelSpecs(config), ...extra];
}

const sre = persona({ id: "sre", name: "SRE", summary: "Keeps production healthy." });
const sreLabel: LabelSpec = { name: "persona: SRE", color: "1d76db", description: "Keeps production healthy." };

describe("planLabels", () => {
  it("creates every label in an empty repository: creates first, sorted by name", () => {
    const { operations, warnings } = plan([sre], []);
    expect(warnings).toEqual([]);
    expect(operations.every((op) => op.action === "create")).toBe(true);
    expect(operations.map((op) => op.target)).toEqual([
      "declined", "heads-up", "needs-persona", "next-step", "pain-point", "persona-health", "persona-question", "persona: SRE", "survey-question",
    ]);
    expect(operations.find((op) => op.target === "persona: SRE")).toMatchObject({ reason: "persona SRE has no label yet", label: sreLabel });
  });

  it("does nothing when every label is already right, whatever the colour's case", () => {
    expect(plan([sre], withWorkflow({ ...sreLabel, color: "1D76DB" })).operations).toEqual([]);
  });

  it("matches names case-insensitively: a case-only difference is an update to the exact name", () => {
    const { operations } = plan([sre], withWorkflow({ ...sreLabel, name: "persona: sre" }));
    expect(operations).toEqual([
      { kind: "label", action: "update", target: "persona: sre", label: sreLabel, changes: ["name"], reason: "label of persona SRE out of date: name case" },
    ]);
  });

  it("updates only what differs, and says what", () => {
    const { operations } = plan([sre], withWorkflow({ name: "persona: SRE", color: "000000", description: "old" }));
    expect(operations).toEqual([expect.objectContaining({ action: "update", changes: ["color", "description"], reason: "label of persona SRE out of date: colour, description" })]);
  });

  it("renames the label of a renamed persona instead of creating a new one", () => {
    const renamed = persona({ id: "sre", name: "SRE/On-call", previously: ["SRE"] });
    const { operations } = plan([renamed], withWorkflow(sreLabel));
    expect(operations).toEqual([
      expect.objectContaining({ action: "rename", target: "persona: SRE", label: expect.objectContaining({ name: "persona: SRE/On-call" }), reason: "persona SRE/On-call renamed from SRE" }),
    ]);
  });

  it("renames from the default name when a persona gains a label.name override", () => {
    const overridden = persona({ name: "Site Reliability", label: { name: "SRE" } });
    const { operations } = plan([overridden], withWorkflow({ name: "persona: Site Reliability", color: "1d76db", description: "x" }));
    expect(operations).toEqual([expect.objectContaining({ action: "rename", target: "persona: Site Reliability", reason: "persona Site Reliability now sets its own label name (label.name)" })]);
  });

  it("warns and renames nothing when both the old and the new label exist", () => {
    const renamed = persona({ id: "sre", name: "SRE/On-call", previously: ["SRE"], keyLines: { previously: 4 } });
    const current = withWorkflow(sreLabel, { name: "persona: SRE/On-call", color: "1d76db", description: "Questions and work for the SRE/On-call persona" });
    const { operations, warnings } = plan([renamed], current);
    expect(operations).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ file: "personas/sre.md", line: 4, rule: "label-rename-conflict" })]);
    expect(warnings[0]?.message).toContain('move the issues from "persona: SRE" to "persona: SRE/On-call"');
  });

  it("never renames away a label another persona still uses", () => {
    const web = persona({ id: "web", name: "Web" });
    const frontend = persona({ id: "frontend", name: "Frontend", previously: ["Web"] });
    const current = withWorkflow({ name: "persona: Web", color: "1d76db", description: "Questions and work for the Web persona" });
    const { operations } = plan([web, frontend], current);
    expect(operations).toEqual([expect.objectContaining({ action: "create", target: "persona: Frontend" })]);
  });

  it("never touches labels it does not manage", () => {
    const current = withWorkflow(sreLabel, { name: "bug", color: "d73a4a", description: "Something isn't working" }, { name: "persona: Old", color: "000000", description: "" });
    expect(plan([sre], current).operations).toEqual([]);
  });

  it("keeps a retired persona's label, turning it grey with a retired description", () => {
    const retired = persona({ id: "sre", name: "SRE", status: "retired", summary: "Keeps production healthy." });
    const { operations } = plan([retired], withWorkflow(sreLabel));
    expect(operations).toEqual([
      expect.objectContaining({
        action: "update",
        label: { name: "persona: SRE", color: "cfd3d7", description: "Retired: Keeps production healthy." },
        reason: "label of persona SRE out of date: colour, description (persona SRE is retired)",
      }),
    ]);
  });

  describe("deletes", () => {
    const cfg: Config = { ...config, labels: { ...config.labels, delete: ["persona: Old", "Gone", "persona: SRE"] } };
    const old: LabelSpec = { name: "persona: Old", color: "000000", description: "" };

    it("deletes a listed label that no issue uses, matching its name case-insensitively", () => {
      const { operations } = plan([sre], withWorkflow(sreLabel, { ...old, name: "Persona: old" }), cfg, { "persona: old": 0 });
      expect(operations).toEqual([{ kind: "label", action: "delete", target: "Persona: old", reason: "listed under labels.delete and used by no issue" }]);
    });

    it("keeps a listed label that issues still use, saying how many", () => {
      const { operations, warnings } = plan([sre], withWorkflow(sreLabel, old), cfg, { "persona: Old": 3 });
      expect(operations).toEqual([]);
      expect(warnings.find((w) => w.rule === "label-delete-in-use")?.message).toContain("3 issues or pull requests use it");
    });

    it("keeps a listed label when usage is unknown", () => {
      const { operations, warnings } = plan([sre], withWorkflow(sreLabel, old), cfg);
      expect(operations).toEqual([]);
      expect(warnings).toContainEqual(expect.objectContaining({ rule: "label-delete-usage-unknown", message: 'could not check how many issues use "persona: Old"; not deleted' }));
    });

    it("never deletes a label it manages, even when listed", () => {
      const { operations, warnings } = plan([sre], withWorkflow(sreLabel), cfg, { "persona: SRE": 0 });
      expect(operations).toEqual([]);
      expect(warnings).toEqual([expect.objectContaining({ rule: "label-delete-managed", file: ".github/persona-governance.yml" })]);
    });
  });

  it("orders operations: create, rename, update, delete", () => {
    const cfg: Config = { ...config, labels: { ...config.labels, delete: ["zzz"] } };
    const personas = [persona({ id: "a", name: "A" }), persona({ id: "b", name: "B", previously: ["Bee"] }), persona({ id: "c", name: "C" })];
    const current = withWorkflow({ name: "persona: Bee", color: "1d76db", description: "" }, { name: "persona: C", color: "000000", description: "" }, { name: "zzz", color: "000000", description: "" });
    const actions = plan(personas, current, cfg, { zzz: 0 }).operations.map((op) => op.action);
    expect(actions).toEqual(["create", "rename", "update", "delete"]);
  });

  it("reaches a fixed point: planning against the applied result finds nothing", () => {
    const personas = [persona({ id: "b", name: "B", previously: ["Bee"] }), persona({ id: "r", name: "R", status: "retired" })];
    const cfg: Config = { ...config, labels: { ...config.labels, delete: ["zzz"] } };
    const current = [{ name: "persona: bee", color: "1d76db", description: "" }, { name: "PERSONA-QUESTION", color: "ffffff", description: "" }, { name: "zzz", color: "000000", description: "" }];
    const first = plan(personas, current, cfg, { zzz: 0 });
    expect(first.operations.length).toBeGreaterThan(0);
    const after = applyLabelOperations(current, first.operations);
    expect(plan(personas, after, cfg, { zzz: 0 }).operations).toEqual([]);
  });
});

describe("labelChanges", () => {
  it("compares colours as hex, ignoring case and a leading #", () => {
    expect(labelChanges({ name: "a", color: "#ABCDEF", description: "" }, { name: "a", color: "abcdef", description: "" })).toEqual([]);
    expect(labelChanges({ name: "a", color: "abcdef", description: "x" }, { name: "A", color: "abcdee", description: "y" })).toEqual(["name", "color", "description"]);
  });
});
