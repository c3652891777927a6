import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, PermissionError } from "../../../src/github/errors.js";
import type { Project } from "../../../src/github/gateway.js";
import { startHarness, type Harness } from "../harness.js";

let h: Harness;
const ref = { ownerKind: "organization", owner: "acme", number: 7 } as const;

beforeEach(async () => {
  h = await startHarness();
  h.gh.addProject({
    owner: "acme",
    number: 7,
    title: "Next steps",
    fields: [
      { name: "Persona", dataType: "SINGLE_SELECT", options: ["SRE", "Backend"] },
      { name: "Due", dataType: "DATE" },
      { name: "Cycle", dataType: "ITERATION", iterations: [{ title: "2026-H2", startDate: "2026-07-01", duration: 28 }] },
    ],
  });
});

afterEach(async () => {
  await h.gh.close();
});

function field(project: Project, name: string) {
  return project.fields.find((f) => f.name === name)!;
}

describe("projects", () => {
  it("reads a project with its fields, options and iterations", async () => {
    const project = await h.gateway.projects.get(ref);
    expect(project.title).toBe("Next steps");
    expect(field(project, "Persona")).toMatchObject({ dataType: "SINGLE_SELECT", options: [{ name: "SRE" }, { name: "Backend" }] });
    expect(field(project, "Status").options.map((o) => o.name)).toEqual(["Todo", "In Progress", "Done"]);
    expect(field(project, "Cycle").iterations).toEqual([expect.objectContaining({ title: "2026-H2", startDate: "2026-07-01", duration: 28 })]);
    expect(field(project, "Due")).toMatchObject({ dataType: "DATE", options: [], iterations: [] });
  });

  it("adds an issue once and sets and reads its field values", async () => {
    const project = await h.gateway.projects.get(ref);
    const issue = await h.gateway.issues.create({ title: "Cut CI queue time", body: "" });
    expect(await h.gateway.projects.findItem(project.id, issue.nodeId)).toBeUndefined();

    const itemId = await h.gateway.projects.addItem(project.id, issue.nodeId);
    expect(await h.gateway.projects.addItem(project.id, issue.nodeId)).toBe(itemId);
    const item = { projectId: project.id, id: itemId };
    const sre = field(project, "Persona").options[0]!;
    await h.gateway.projects.setFieldValue(item, field(project, "Persona").id, { singleSelectOptionId: sre.id });
    await h.gateway.projects.setFieldValue(item, field(project, "Due").id, { date: "2027-01-15" });
    await h.gateway.projects.setFieldValue(item, field(project, "Cycle").id, { iterationId: field(project, "Cycle").iterations[0]!.id });

    const found = await h.gateway.projects.findItem(project.id, issue.nodeId);
    expect(found?.id).toBe(itemId);
    expect(found?.values[field(project, "Persona").id]).toEqual({ singleSelectOptionId: sre.id });
    expect(found?.values[field(project, "Due").id]).toEqual({ date: "2027-01-15" });
    expect(found?.values[field(project, "Title").id]).toEqual({ text: "Cut CI queue time" });

    await h.gateway.projects.clearFieldValue(item, field(project, "Due").id);
    expect((await h.gateway.projects.findItem(project.id, issue.nodeId))?.values[field(project, "Due").id]).toBeUndefined();
  });

  it("creates fields and replaces a single-select field's options", async () => {
    const project = await h.gateway.projects.get(ref);
    const owner = await h.gateway.projects.createField(project.id, { name: "Owner", dataType: "TEXT" });
    expect(owner).toMatchObject({ name: "Owner", dataType: "TEXT" });
    const replaced = await h.gateway.projects.replaceOptions(field(project, "Persona").id, [{ name: "SRE" }, { name: "Backend" }, { name: "Data", color: "BLUE", description: "Data engineers" }]);
    expect(replaced.options.map((o) => o.name)).toEqual(["SRE", "Backend", "Data"]);
    expect((await h.gateway.projects.get(ref)).fields.some((f) => f.name === "Owner")).toBe(true);
    expect(h.gateway.stats().writes).toBe(2);
  });

  it("explains a project the token cannot reach", async () => {
    h.gh.addProject({ owner: "acme", number: 8, access: "forbidden" });
    const forbidden = await h.gateway.projects.get({ ...ref, number: 8 }).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(PermissionError);
    expect((forbidden as Error).message).toMatch(/^The token cannot reach Projects \(v2\)\. The default Actions GITHUB_TOKEN never can/);
    const missing = await h.gateway.projects.get({ ...ref, number: 99 }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as Error).message).toMatch(/^The project was not found\. Check the project URL or number/);
  });

  it("reads a user's project", async () => {
    h.gh.addProject({ owner: "ada", ownerKind: "user", number: 3, title: "Mine" });
    expect((await h.gateway.projects.get({ ownerKind: "user", owner: "ada", number: 3 })).title).toBe("Mine");
  });
});
