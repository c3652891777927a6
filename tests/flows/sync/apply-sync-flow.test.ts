import { beforeEach, describe, expect, it } from "vitest";
import { applyRepositorySync } from "../../../src/flows/sync/apply-sync-flow.js";
import { SYNC_PULL_REQUEST_MARKER } from "../../../src/flows/sync/sync-pull-request.js";
import { createOctokit } from "../../../src/github/create-octokit.js";
import { createOctokitGateway } from "../../../src/github/create-octokit-gateway.js";
import type { GitHubGateway } from "../../../src/github/gateway.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";
import { exampleFiles, EXAMPLE_LABEL_COUNT, NAME, OWNER, seedExampleRepo } from "./support/sync-fixture.js";

const gh = useFakeGitHub();

function gateway(): GitHubGateway {
  return createOctokitGateway(createOctokit({ token: "t", baseUrl: gh.url, timeScale: 0.001 }), { owner: OWNER, repo: NAME });
}

const commitSettings = () => exampleFiles()[".github/persona-governance.yml"]!.replace("sync:\n  via: pr", "sync:\n  via: commit");

describe("applyRepositorySync", () => {
  beforeEach(() => gh.resetLog());

  it("delivers files the way the settings say, unless the request overrides it", async () => {
    seedExampleRepo(gh, { ".github/persona-governance.yml": commitSettings() });
    const viaSettings = await applyRepositorySync({ gateway: gateway(), docs: { kind: "github" }, dryRun: true });
    if (viaSettings.status !== "applied") throw new Error("expected an apply");
    expect(viaSettings.via).toBe("commit");
    expect(viaSettings.result.outcomes.at(-1)?.detail).toBe("would commit to the default branch");
    const overridden = await applyRepositorySync({ gateway: gateway(), docs: { kind: "github" }, dryRun: false, via: "pr" });
    if (overridden.status !== "applied") throw new Error("expected an apply");
    expect(overridden.via).toBe("pr");
    expect(overridden.result.pullRequest?.created).toBe(true);
    expect(gh.pulls(OWNER, NAME)[0]!.issue.body).toContain(SYNC_PULL_REQUEST_MARKER);
    expect(gh.pulls(OWNER, NAME)[0]!.issue.title).toBe("Sync files generated from the persona docs");
  });

  it("writes nothing on a dry run, and reports every operation as planned", async () => {
    seedExampleRepo(gh);
    gh.resetLog();
    const result = await applyRepositorySync({ gateway: gateway(), docs: { kind: "github" }, dryRun: true });
    if (result.status !== "applied") throw new Error("expected an apply");
    expect(result.result.outcomes.map((o) => o.status)).toEqual(Array(EXAMPLE_LABEL_COUNT + 4).fill("planned"));
    expect(result.changed).toBe(false);
    expect(gh.writes()).toEqual([]);
    expect(result.stats).toEqual({ requests: gh.requests.length, writes: 0 });
  });

  it("writes nothing when the docs on GitHub are broken", async () => {
    seedExampleRepo(gh, { "personas/web-developer.md": "---\nname: Web Developer\nstatus: sometimes\n---\n" });
    gh.resetLog();
    const result = await applyRepositorySync({ gateway: gateway(), docs: { kind: "github" }, dryRun: false });
    expect(result.status).toBe("invalid");
    expect(result.report.diagnostics.some((d) => d.file === "personas/web-developer.md" && d.severity === "error")).toBe(true);
    expect(gh.writes()).toEqual([]);
  });
});
