import { graphql as octokitGraphql } from "@octokit/graphql";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, type ProjectRecord } from "./index.js";

let gh: FakeGitHub;
let gql: typeof octokitGraphql;
let project: ProjectRecord;

const FIELDS = `query($org: String!, $number: Int!) {
  organization(login: $org) {
    projectV2(number: $number) {
      id
      fields(first: 50) {
        nodes {
          ... on ProjectV2FieldCommon { id name dataType }
          ... on ProjectV2SingleSelectField { options { id name } }
        }
      }
    }
  }
}`;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo({ owner: "acme", repo: "app" });
  project = gh.addProject({
    owner: "acme",
    number: 7,
    fields: [
      { name: "Persona", dataType: "SINGLE_SELECT", options: ["SRE"] },
      { name: "Due", dataType: "DATE" },
    ],
  });
  gql = octokitGraphql.defaults({ baseUrl: gh.url, headers: { authorization: "token t" } });
});

afterEach(async () => {
  await gh.close();
});

type FieldsResult = {
  organization: {
    projectV2: {
      id: string;
      fields: { nodes: { id: string; name: string; dataType: string; options?: { id: string; name: string }[] }[] };
    };
  };
};

describe("GraphQL", () => {
  it("answers a project fields query in GitHub's shape and logs it", async () => {
    const result = await gql<FieldsResult>(FIELDS, { org: "acme", number: 7 });
    const fields = result.organization.projectV2.fields.nodes;
    expect(result.organization.projectV2.id).toBe(project.id);
    expect(fields.find((f) => f.name === "Persona")).toMatchObject({ dataType: "SINGLE_SELECT", options: [{ name: "SRE" }] });
    expect(fields.find((f) => f.name === "Due")).toEqual({ id: expect.any(String), name: "Due", dataType: "DATE" });
    expect(gh.graphqlLog).toEqual([
      expect.objectContaining({ operation: "query", rootFields: ["organization"], variables: { org: "acme", number: 7 } }),
    ]);
    expect(gh.writes()).toEqual([]);
  });

  it("adds an issue to the board and sets field values", async () => {
    const issue = gh.addIssue("acme", "app", { title: "Cut CI time" });
    const persona = project.fields.find((f) => f.name === "Persona")!;
    const due = project.fields.find((f) => f.name === "Due")!;
    const added = await gql<{ addProjectV2ItemById: { item: { id: string } } }>(
      `mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: {projectId: $p, contentId: $c}) { item { id } } }`,
      { p: project.id, c: issue.nodeId },
    );
    const itemId = added.addProjectV2ItemById.item.id;
    const set = `mutation($p: ID!, $i: ID!, $f: ID!, $v: ProjectV2FieldValue!) { updateProjectV2ItemFieldValue(input: {projectId: $p, itemId: $i, fieldId: $f, value: $v}) { projectV2Item { id } } }`;
    await gql(set, { p: project.id, i: itemId, f: persona.id, v: { singleSelectOptionId: persona.options[0]!.id } });
    await gql(set, { p: project.id, i: itemId, f: due.id, v: { date: "2027-01-15" } });

    const read = await gql<{
      repository: {
        issue: {
          projectItems: {
            nodes: { id: string; project: { id: string }; fieldValueByName: { name?: string } | null; due: { date?: string } | null }[];
          };
        };
      };
    }>(
      `query { repository(owner: "acme", name: "app") { issue(number: ${issue.number}) { projectItems(first: 10) { nodes { id project { id }
        fieldValueByName(name: "Persona") { ... on ProjectV2ItemFieldSingleSelectValue { name } }
        due: fieldValueByName(name: "Due") { ... on ProjectV2ItemFieldDateValue { date } } } } } } }`,
    );
    expect(read.repository.issue.projectItems.nodes).toEqual([
      { id: itemId, project: { id: project.id }, fieldValueByName: { name: "SRE" }, due: { date: "2027-01-15" } },
    ]);
    expect(gh.writes().map((w) => w.operationId)).toEqual(["graphql", "graphql", "graphql"]);
  });

  it("replaces single-select options and clears the values that used them", async () => {
    const issue = gh.addIssue("acme", "app", { title: "Step" });
    const persona = project.fields.find((f) => f.name === "Persona")!;
    const { addProjectV2ItemById } = await gql<{ addProjectV2ItemById: { item: { id: string } } }>(
      `mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: {projectId: $p, contentId: $c}) { item { id } } }`,
      { p: project.id, c: issue.nodeId },
    );
    project.items[0]!.values.set(persona.id, { kind: "singleSelect", optionId: persona.options[0]!.id });
    await gql(
      `mutation($f: ID!) { updateProjectV2Field(input: {fieldId: $f, singleSelectOptions: [{name: "SRE", color: GRAY, description: ""}, {name: "QA", color: BLUE, description: "Testers"}]}) { projectV2Field { ... on ProjectV2SingleSelectField { options { name } } } } }`,
      { f: persona.id },
    );
    expect(persona.options.map((o) => o.name)).toEqual(["SRE", "QA"]);
    expect(project.items.find((i) => i.id === addProjectV2ItemById.item.id)!.values.has(persona.id)).toBe(false);
  });

  it("rejects an unknown field or mutation and records a violation", async () => {
    await expect(gql(`mutation { addProjectV2ItemByUrl(input: {}) { item { id } } }`)).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: expect.stringContaining("addProjectV2ItemByUrl") })],
    });
    await expect(gql(`query { organization(login: "acme") { projectV2(number: 7) { fieldz { totalCount } } } }`)).rejects.toThrow(/fieldz/);
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(["graphql-invalid", "graphql-invalid"]);
  });

  it("gives GitHub's FORBIDDEN and NOT_FOUND errors for projects the token cannot reach", async () => {
    gh.addProject({ owner: "acme", number: 8, access: "forbidden" });
    await expect(gql(FIELDS, { org: "acme", number: 8 })).rejects.toMatchObject({
      errors: [expect.objectContaining({ type: "FORBIDDEN", path: ["organization", "projectV2"] })],
    });
    await expect(gql(FIELDS, { org: "acme", number: 99 })).rejects.toMatchObject({
      errors: [expect.objectContaining({ type: "NOT_FOUND", message: "Could not resolve to a ProjectV2 with the number 99." })],
    });
    expect(gh.violations).toEqual([]);
  });
});
