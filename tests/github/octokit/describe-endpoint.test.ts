import { describe, expect, it } from "vitest";
import { describeEndpoint } from "../../../src/github/octokit/describe-endpoint.js";

describe("describeEndpoint", () => {
  it("reads a label path, decoding the name", () => {
    expect(describeEndpoint("patch", "https://api.github.com/repos/acme/widgets/labels/persona%3A%20SRE")).toEqual({
      request: "PATCH /repos/acme/widgets/labels/persona: SRE",
      repo: { owner: "acme", repo: "widgets" },
      isRepository: false,
      permission: "issues: write",
      resource: 'label "persona: SRE" in acme/widgets',
    });
  });

  it("drops a GitHub Enterprise Server prefix and the query string", () => {
    const facts = describeEndpoint("GET", "https://ghe.example.com/api/v3/repos/acme/widgets/contents/personas%2Fsre.md?ref=main");
    expect(facts.request).toBe("GET /repos/acme/widgets/contents/personas/sre.md");
    expect(facts.permission).toBe("contents: read");
    expect(facts.resource).toBe('file "personas/sre.md" in acme/widgets');
  });

  it("knows the repository itself, which needs only metadata", () => {
    expect(describeEndpoint("GET", "/repos/acme/widgets")).toMatchObject({ isRepository: true, permission: "metadata: read", resource: "repository in acme/widgets" });
  });

  it.each([
    ["POST", "/repos/a/b/git/refs", "contents: write", "git/refs in a/b"],
    ["PATCH", "/repos/a/b/git/refs/heads/persona-governance/sync", "contents: write", 'branch "persona-governance/sync" in a/b'],
    ["POST", "/repos/a/b/pulls", "pull-requests: write", "pulls in a/b"],
    ["PATCH", "/repos/a/b/check-runs/42", "checks: write", "check run 42 in a/b"],
    ["POST", "/repos/a/b/issues/7/comments", "issues: write", "issue #7 in a/b"],
    ["PATCH", "/repos/a/b/issues/comments/99", "issues: write", "comment 99 in a/b"],
    ["GET", "/repos/a/b/collaborators/ada/permission", "metadata: read", "collaborator @ada in a/b"],
    ["GET", "/orgs/acme/teams/sre/members", "members: read", "team @acme/sre"],
    ["GET", "/orgs/acme/members/ada", "members: read", "membership of @ada in acme"],
  ])("%s %s needs %s", (method, path, permission, resource) => {
    const facts = describeEndpoint(method, `http://127.0.0.1:1234${path}`);
    expect(facts.permission).toBe(permission);
    expect(facts.resource).toBe(resource);
  });

  it("has no permission to name for a user lookup", () => {
    expect(describeEndpoint("GET", "/users/ada")).toMatchObject({ permission: undefined, resource: "user @ada", repo: undefined });
  });
});
