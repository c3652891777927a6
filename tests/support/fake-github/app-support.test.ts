import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { describe, expect, it } from "vitest";
import { useFakeGitHub } from "./use-fake-github.js";

const gh = useFakeGitHub({ validateResponses: true });
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();

function probotFor(baseUrl: string): Probot {
  const Octokit = ProbotOctokit.defaults((options: object) => ({ ...options, throttle: { enabled: false }, retry: { enabled: false } }));
  return new Probot({ appId: 1, privateKey, baseUrl, logLevel: "fatal", Octokit });
}

describe("Probot support", () => {
  it("loads a repository config file through Probot's raw contents request", async () => {
    gh.addRepo({ owner: "acme", repo: "app", files: { ".github/persona-governance.yml": "routing:\n  strategy: round-robin\n" } });
    gh.addInstallation(7, { account: "acme" });
    const installation = await probotFor(gh.url).auth(7);
    const { config } = await installation.config.get({ owner: "acme", repo: "app", path: ".github/persona-governance.yml" });
    expect(config).toEqual({ routing: { strategy: "round-robin" } });
  });

  it("serves GHES-style /api/v3 and /api/graphql paths", async () => {
    gh.addRepo({ owner: "acme", repo: "app" });
    gh.addInstallation(7, { account: "acme" });
    const installation = await probotFor(`${gh.url}/api/v3`).auth(7);
    const { data } = await installation.rest.repos.get({ owner: "acme", repo: "app" });
    expect(data.full_name).toBe("acme/app");
    const viewer = await fetch(`${gh.url}/api/graphql`, { method: "POST", body: JSON.stringify({ query: "{ viewer { login } }" }) });
    expect(await viewer.json()).toEqual({ data: { viewer: { login: "octocat" } } });
    expect(gh.requests.map((r) => r.path)).toEqual(["/app/installations/7/access_tokens", "/repos/acme/app", "/graphql"]);
  });

  it("gives a process environment pointing at the fake", () => {
    expect(gh.env("abc")).toMatchObject({ GITHUB_API_URL: gh.url, GITHUB_TOKEN: "abc", GITHUB_GRAPHQL_URL: `${gh.url}/graphql` });
    expect(gh.gheHost).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});
