import { generateKeyPairSync } from "node:crypto";
import { Octokit } from "@octokit/rest";
import { Probot, ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./index.js";

let gh: FakeGitHub;
let octokit: Octokit;
const repo = { owner: "acme", repo: "app" };
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

beforeEach(async () => {
  gh = await startFakeGitHub({ validateResponses: true });
  gh.addRepo(repo);
  octokit = new Octokit({ baseUrl: gh.url, auth: "t", request: { retries: 0 }, log: quiet });
});

afterEach(async () => {
  await gh.close();
});

describe("failure injection", () => {
  it("fails the next matching requests, then recovers", async () => {
    gh.failNext({ method: "POST", path: "/repos/acme/app/labels", status: 502, times: 2 });
    const create = (): Promise<unknown> => octokit.rest.issues.createLabel({ ...repo, name: "a", color: "ffffff" });
    await expect(create()).rejects.toMatchObject({ status: 502 });
    await expect(create()).rejects.toMatchObject({ status: 502 });
    await expect(create()).resolves.toMatchObject({ status: 201 });
    expect(gh.labelNames("acme", "app")).toEqual(["a"]);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 201]);
  });

  it("simulates primary and secondary rate limits with GitHub's headers", async () => {
    gh.failNext({ operationId: "issues/list-labels-for-repo", rateLimit: "primary", retryAfterSeconds: 30 });
    gh.failNext({ path: /\/labels$/, rateLimit: "secondary" });
    const primary = await octokit.rest.issues.listLabelsForRepo(repo).catch((e: unknown) => e);
    expect(primary).toMatchObject({ status: 403, response: { headers: { "x-ratelimit-remaining": "0" } } });
    const reset = Number((primary as { response: { headers: Record<string, string> } }).response.headers["x-ratelimit-reset"]);
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    const secondary = await octokit.rest.issues.listLabelsForRepo(repo).catch((e: unknown) => e);
    expect(secondary).toMatchObject({
      status: 403,
      response: { headers: { "retry-after": "1" }, data: { message: expect.stringContaining("secondary rate limit") } },
    });
  });
});

describe("violations", () => {
  it("records an endpoint GitHub does not have and answers 404", async () => {
    await expect(octokit.request("GET /repos/{owner}/{repo}/personas", repo)).rejects.toMatchObject({ status: 404 });
    expect(gh.takeViolations()).toEqual([expect.objectContaining({ kind: "unknown-endpoint", path: "/repos/acme/app/personas" })]);
  });

  it("records a misspelt query parameter", async () => {
    await octokit.request("GET /repos/{owner}/{repo}/issues", { ...repo, lables: "bug" });
    expect(gh.takeViolations()).toEqual([
      expect.objectContaining({ kind: "unknown-query-param", message: expect.stringContaining("lables") }),
    ]);
  });

  it("makes a strict close throw while violations remain", async () => {
    const strict = await startFakeGitHub();
    await fetch(`${strict.url}/nope`);
    await expect(strict.close()).rejects.toThrow(/unknown-endpoint/);
  });
});

describe("authentication", () => {
  it("hides private repositories from anonymous requests when requireAuth is set", async () => {
    const secure = await startFakeGitHub({ requireAuth: true });
    secure.addRepo({ owner: "acme", repo: "secret", private: true });
    expect((await fetch(`${secure.url}/repos/acme/secret`)).status).toBe(404);
    expect((await fetch(`${secure.url}/repos/acme/secret`, { headers: { authorization: "token t" } })).status).toBe(200);
    await secure.close();
  });
});

describe("GitHub App authentication", () => {
  it("mints installation tokens for Probot and acts as the app's bot", async () => {
    gh.addInstallation(42, { account: "acme", repos: ["app"] });
    const issue = gh.addIssue("acme", "app", { title: "Q" });
    const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    const probot = new Probot({
      appId: 1,
      privateKey,
      baseUrl: gh.url,
      logLevel: "fatal",
      Octokit: ProbotOctokit.defaults((options: object) => ({ ...options, throttle: { enabled: false }, retry: { enabled: false } })),
    });
    const installation = await probot.auth(42);
    await installation.rest.issues.createComment({ ...repo, issue_number: issue.number, body: "routed" });
    const { data } = await installation.rest.apps.listReposAccessibleToInstallation();
    expect(data.repositories.map((r) => r.full_name)).toEqual(["acme/app"]);
    expect(gh.comments("acme", "app", issue.number).map((c) => c.user)).toEqual(["persona-governance[bot]"]);
    expect(gh.writes().map((w) => w.operationId)).toEqual(["issues/create-comment"]);
  });
});
