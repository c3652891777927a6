import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./index.js";

let gh: FakeGitHub;
let octokit: Octokit;

beforeEach(async () => {
  gh = await startFakeGitHub({ validateResponses: true });
  gh.addRepo({ owner: "acme", repo: "app" });
  octokit = new Octokit({ baseUrl: gh.url, auth: "t", request: { retries: 0 } });
});

afterEach(async () => {
  await gh.close();
});

describe("labels", () => {
  it("creates, renames, recolours and deletes a label", async () => {
    const created = await octokit.rest.issues.createLabel({ owner: "acme", repo: "app", name: "persona: SRE", color: "B60205" });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: "persona: SRE", color: "b60205", default: false });
    const issue = gh.addIssue("acme", "app", { title: "Q", labels: ["persona: SRE"] });

    await octokit.rest.issues.updateLabel({
      owner: "acme",
      repo: "app",
      name: "persona: SRE",
      new_name: "persona: Site Reliability",
      description: "SRE",
    });
    expect(gh.labelNames("acme", "app")).toEqual(["persona: Site Reliability"]);
    expect(gh.issueLabels("acme", "app", issue.number)).toEqual(["persona: Site Reliability"]);

    await octokit.rest.issues.deleteLabel({ owner: "acme", repo: "app", name: "persona: site reliability" });
    expect(gh.labelNames("acme", "app")).toEqual([]);
    expect(gh.issueLabels("acme", "app", issue.number)).toEqual([]);
  });

  it("refuses a duplicate label with GitHub's already_exists error", async () => {
    gh.addLabel("acme", "app", { name: "bug" });
    const error = await octokit.rest.issues
      .createLabel({ owner: "acme", repo: "app", name: "Bug", color: "ffffff" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: { data: { message: "Validation Failed", errors: [{ resource: "Label", code: "already_exists", field: "name" }] } },
    });
  });

  it("paginates 150 labels with a Link header", async () => {
    for (let i = 0; i < 150; i++) gh.addLabel("acme", "app", { name: `label-${String(i).padStart(3, "0")}` });
    const first = await octokit.rest.issues.listLabelsForRepo({ owner: "acme", repo: "app", per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain("page=2");
    expect(first.headers.link).toMatch(/page=2>; rel="last"/);

    gh.resetLog();
    const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner: "acme", repo: "app", per_page: 100 });
    expect(all.map((l) => l.name)).toEqual(gh.labelNames("acme", "app"));
    expect(gh.requests.map((r) => r.query["page"] ?? "1")).toEqual(["1", "2"]);
  });

  it("records a violation for a misspelt body property", async () => {
    await octokit.request("POST /repos/{owner}/{repo}/labels", { owner: "acme", repo: "app", name: "x", colour: "ffffff" });
    const violations = gh.takeViolations();
    expect(violations).toEqual([
      expect.objectContaining({
        kind: "unknown-body-property",
        operationId: "issues/create-label",
        message: expect.stringContaining("colour"),
      }),
    ]);
  });
});
