import { getOctokit } from "@actions/github";
import { ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokitGateway } from "../../src/github/create-octokit-gateway.js";
import { NotFoundError } from "../../src/github/errors.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { REPO } from "./harness.js";

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo({ ...REPO, files: { "README.md": "# widgets\n" } });
  gh.addLabel(REPO.owner, REPO.repo, { name: "bug", color: "d73a4a" });
});

afterEach(async () => {
  await gh.close();
});

describe("createOctokitGateway accepts the Octokits of each front end", () => {
  it("works over Probot's context.octokit class", async () => {
    const octokit = new ProbotOctokit({ auth: { token: "installation-token" }, baseUrl: gh.url, throttle: { enabled: false }, retry: { enabled: false } });
    const gateway = createOctokitGateway(octokit, REPO);
    expect(await gateway.labels.list()).toEqual([{ name: "bug", color: "d73a4a", description: "" }]);
    expect(gateway.stats()).toEqual({ requests: 1, writes: 0 });
  });

  it("works over @actions/github's getOctokit", async () => {
    const octokit = getOctokit("workflow-token", { baseUrl: gh.url });
    const gateway = createOctokitGateway(octokit, REPO);
    expect((await gateway.repo.getFile("README.md"))?.text).toBe("# widgets\n");
    const missing = await createOctokitGateway(octokit, { owner: "acme", repo: "gone" }).labels.list().catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it("counts each client once however many gateways share it", async () => {
    const octokit = getOctokit("workflow-token", { baseUrl: gh.url });
    const first = createOctokitGateway(octokit, REPO);
    const second = createOctokitGateway(octokit, REPO);
    await first.labels.list();
    await second.labels.create({ name: "persona: SRE", color: "1d76db", description: "" });
    expect(first.stats()).toEqual({ requests: 2, writes: 1 });
    expect(second.stats()).toEqual(first.stats());
  });
});
