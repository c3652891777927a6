import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubError, PermissionError, RateLimitError } from "../../../src/github/errors.js";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.gh.close();
});

const label = { name: "persona: SRE", color: "b60205", description: "" };

describe("403", () => {
  it("names the missing permission and GitHub's accepted permissions", async () => {
    h.gh.failNext({ method: "POST", path: "/repos/acme/widgets/labels", status: 403, headers: { "x-accepted-github-permissions": "issues=write; pull_requests=write" } });
    const error = await h.gateway.labels.create(label).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toMatchObject({ permission: "issues: write", acceptedPermissions: "issues=write; pull_requests=write", status: 403 });
    expect((error as Error).message).toBe(
      'GitHub refused POST /repos/acme/widgets/labels (403): the token lacks the "issues: write" permission. Grant it to the GitHub App, add `issues: write` to the workflow\'s `permissions:`, or use a token that has it. GitHub accepts: issues=write; pull_requests=write. GitHub said: "Resource not accessible by integration"',
    );
  });

  it("maps each area to its permission", async () => {
    const cases: [() => Promise<unknown>, RegExp, string][] = [
      [() => h.gateway.git.commitFiles({ branch: "sync", base: "main", message: "m", files: [{ path: "a", content: "b" }] }), /\/git\/trees$/, "contents: write"],
      [() => h.gateway.pulls.create({ head: "x", base: "main", title: "t", body: "b" }), /\/pulls$/, "pull-requests: write"],
      [() => h.gateway.checks.create({ name: "c", headSha: "a".repeat(40), status: "in_progress", output: { title: "t", summary: "s" } }), /\/check-runs$/, "checks: write"],
      [() => h.gateway.people.listTeamMembers("acme", "sre"), /\/teams\/sre\/members$/, "members: read"],
      [() => h.gateway.repo.getFile("README.md"), /\/contents\//, "contents: read"],
    ];
    for (const [call, path, permission] of cases) {
      h.gh.failNext({ path, status: 403 });
      const error = await call().catch((e: unknown) => e);
      expect(error, permission).toBeInstanceOf(PermissionError);
      expect((error as PermissionError).permission).toBe(permission);
    }
  });

  it("explains that members: read is out of reach of the Actions token", async () => {
    h.gh.failNext({ path: "/orgs/acme/teams/sre/members", status: 403 });
    const error = await h.gateway.people.listTeamMembers("acme", "sre").catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'GitHub refused GET /orgs/acme/teams/sre/members (403): the token lacks the "members: read" permission. It is an organisation permission that the Actions GITHUB_TOKEN never has: use a GitHub App token with "members: read" or a personal access token with the read:org scope. GitHub said: "Resource not accessible by integration"',
    );
  });
});

describe("other statuses", () => {
  it("retries a 5xx and succeeds", async () => {
    h.gh.failNext({ method: "GET", path: "/repos/acme/widgets/labels", status: 502, times: 2 });
    expect(await h.gateway.labels.list()).toEqual([]);
    expect(h.gh.requests.filter((r) => r.path === "/repos/acme/widgets/labels").map((r) => r.status)).toEqual([502, 502, 200]);
    expect(h.gateway.stats().requests).toBe(1);
  });

  it("gives up on a persistent 5xx with a message to run again", async () => {
    h.gh.failNext({ method: "POST", path: "/repos/acme/widgets/labels", status: 500, times: 4 });
    const error = await h.gateway.labels.create(label).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toBe(
      "GitHub could not answer POST /repos/acme/widgets/labels (500 Server Error), even after retrying. This is usually temporary: run again, and the run picks up where this one stopped.",
    );
    expect(h.gh.requests.filter((r) => r.method === "POST")).toHaveLength(4);
  });

  it("says the token was rejected on 401", async () => {
    h.gh.failNext({ path: "/repos/acme/widgets/labels", status: 401, body: { message: "Bad credentials" } });
    const error = await h.gateway.labels.list().catch((e: unknown) => e);
    expect((error as Error).message).toBe("GitHub rejected the token on GET /repos/acme/widgets/labels (401 Bad credentials): it is missing, expired or revoked. Provide a valid token.");
  });
});

describe("rate limits", () => {
  it("waits for x-ratelimit-reset after a primary limit, then succeeds", async () => {
    h.gh.failNext({ method: "GET", path: "/repos/acme/widgets/labels", rateLimit: "primary", retryAfterSeconds: 1 });
    h.gh.addLabel(REPO.owner, REPO.repo, { name: "bug" });
    expect((await h.gateway.labels.list()).map((l) => l.name)).toEqual(["bug"]);
    expect(h.gh.requests.filter((r) => r.path === "/repos/acme/widgets/labels").map((r) => r.status)).toEqual([403, 200]);
  });

  it("honours retry-after on a secondary 429, then succeeds", async () => {
    h.gh.failNext({ method: "POST", path: "/repos/acme/widgets/labels", rateLimit: "secondary", status: 429, retryAfterSeconds: 2 });
    await h.gateway.labels.create(label);
    expect(h.gh.labelNames(REPO.owner, REPO.repo)).toEqual(["persona: SRE"]);
    expect(h.gh.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([429, 201]);
  });

  it("retries a secondary 403 too", async () => {
    h.gh.failNext({ method: "POST", path: "/repos/acme/widgets/labels", rateLimit: "secondary" });
    await h.gateway.labels.create(label);
    expect(h.gh.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([403, 201]);
  });

  it("throws RateLimitError with the reset time when the limit outlasts the retries", async () => {
    h.gh.failNext({ method: "GET", path: "/repos/acme/widgets/labels", rateLimit: "primary", retryAfterSeconds: 1, times: 10 });
    const error = await h.gateway.labels.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    const resetAt = (error as RateLimitError).resetAt!;
    expect(resetAt).toBeInstanceOf(Date);
    expect((error as Error).message).toBe(
      `GitHub's API rate limit is used up (GET /repos/acme/widgets/labels answered 403); it resets at ${resetAt.toISOString()}. Run again after that, or use a token with a larger quota, such as a GitHub App installation token.`,
    );
    expect(h.gh.requests.filter((r) => r.path === "/repos/acme/widgets/labels")).toHaveLength(4);
  });
});
