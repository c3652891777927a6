import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, PermissionError } from "../../../src/github/errors.js";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

const PROJECT_QUERY = `query($org: String!, $number: Int!) { organization(login: $org) { projectV2(number: $number) { id title } } }`;
const ADD_ITEM = `mutation($project: ID!, $content: ID!) { addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } } }`;
const PROJECTS_ADVICE =
  "The token cannot reach Projects (v2). The default Actions GITHUB_TOKEN never can: pass a PAT or GitHub App token with the `project` scope / `organization_projects` permission as `project-token`.";

beforeEach(async () => {
  h = await startHarness();
  h.gh.addOrg("acme");
});

afterEach(async () => {
  await h.gh.close();
});

describe("graphql", () => {
  it("runs queries and mutations, counting only mutations as writes", async () => {
    h.gh.addProject({ owner: "acme", number: 7, title: "Next steps" });
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Cut CI queue time" });

    const data = await h.gateway.graphql<{ organization: { projectV2: { id: string; title: string } } }>(PROJECT_QUERY, { org: "acme", number: 7 });
    expect(data.organization.projectV2.title).toBe("Next steps");
    expect(h.gateway.stats()).toEqual({ requests: 1, writes: 0 });

    const added = await h.gateway.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(ADD_ITEM, { project: data.organization.projectV2.id, content: issue.nodeId });
    expect(added.addProjectV2ItemById.item.id).toMatch(/^PVTI_/);
    expect(h.gateway.stats()).toEqual({ requests: 2, writes: 1 });
  });

  it("turns FORBIDDEN on a project into the token advice", async () => {
    h.gh.addProject({ owner: "acme", number: 7, access: "forbidden" });
    const error = await h.gateway.graphql(PROJECT_QUERY, { org: "acme", number: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toBe(`${PROJECTS_ADVICE} GitHub said: "Resource not accessible by integration"`);
  });

  it("turns NOT_FOUND on a project into a check-the-URL-or-token message", async () => {
    h.gh.addProject({ owner: "acme", number: 7, access: "not_found" });
    const error = await h.gateway.graphql(PROJECT_QUERY, { org: "acme", number: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(
      `The project was not found. Check the project URL or number; if it is right, then: ${PROJECTS_ADVICE} GitHub said: "Could not resolve to a ProjectV2 with the number 7."`,
    );
  });

  it("gives the same advice when GitHub refuses the request itself", async () => {
    h.gh.failNext({ method: "POST", path: "/graphql", status: 403, body: { message: "Resource not accessible by integration" } });
    const error = await h.gateway.graphql(PROJECT_QUERY, { org: "acme", number: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).permission).toBe("organization_projects: write");
  });

  it("maps NOT_FOUND outside projects to a plain NotFoundError", async () => {
    const query = `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { issue(number: 999) { title } } }`;
    const error = await h.gateway.graphql(query, { owner: "acme", name: "widgets" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(
      'Something the query names was not found, or the token cannot see it. GitHub said: "Could not resolve to an Issue with the number of 999."',
    );
  });
});
