import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokit } from "../../src/github/create-octokit.js";
import { createOctokitGateway } from "../../src/github/create-octokit-gateway.js";
import { PermissionError } from "../../src/github/errors.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { REPO } from "./harness.js";

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo({ ...REPO, files: { "README.md": "# widgets\n" } });
});

afterEach(async () => {
  await gh.close();
});

describe("createOctokit", () => {
  it("talks to GitHub Enterprise Server under /api/v3, and names paths without the prefix", async () => {
    const octokit = createOctokit({ token: "t", baseUrl: `${gh.url}/api/v3/`, timeScale: 0.001 });
    const gateway = createOctokitGateway(octokit, REPO);
    expect((await gateway.repo.getRepository()).defaultBranch).toBe("main");

    gh.failNext({ method: "POST", path: "/repos/acme/widgets/labels", status: 403 });
    const error = await gateway.labels.create({ name: "x", color: "ffffff", description: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).request).toBe("POST /repos/acme/widgets/labels");
  });

  it("sends the token and a persona-governance user agent", async () => {
    const strict = await startFakeGitHub({ requireAuth: true });
    strict.addRepo({ ...REPO, private: true });
    try {
      const octokit = createOctokit({ token: "secret-token", baseUrl: strict.url, userAgent: "persona-gov/1.2.3" });
      let userAgent = "";
      octokit.hook.before("request", (options) => {
        userAgent = String(options.headers["user-agent"] ?? "");
      });
      expect((await createOctokitGateway(octokit, REPO).repo.getRepository()).private).toBe(true);
      expect(userAgent).toMatch(/^persona-gov\/1\.2\.3 /);
    } finally {
      await strict.close();
    }
  });

  it("reports rate-limit waits through warn", async () => {
    const warnings: string[] = [];
    const octokit = createOctokit({ token: "t", baseUrl: gh.url, timeScale: 0.001, warn: (message) => warnings.push(message) });
    gh.failNext({ method: "GET", path: "/repos/acme/widgets", rateLimit: "secondary", retryAfterSeconds: 3 });
    await octokit.request("GET /repos/{owner}/{repo}", REPO);
    expect(warnings).toEqual(["Secondary rate limit hit on GET /repos/{owner}/{repo}; retrying in 3 s."]);
  });

  it("gives up at once when a primary limit resets later than it is willing to wait", async () => {
    const octokit = createOctokit({ token: "t", baseUrl: gh.url, timeScale: 0.001, maxRateLimitWaitSeconds: 60 });
    gh.failNext({ method: "GET", path: "/repos/acme/widgets/labels", rateLimit: "primary", retryAfterSeconds: 3600 });
    const error = await createOctokitGateway(octokit, REPO).labels.list().catch((e: unknown) => e);
    expect((error as Error).name).toBe("RateLimitError");
    expect(gh.requests.filter((r) => r.path === "/repos/acme/widgets/labels")).toHaveLength(1);
  });
});
