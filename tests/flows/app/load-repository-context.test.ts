import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadRepositoryContext, type LoadContextOptions } from "../../../src/flows/app/load-repository-context.js";
import { createPersonaCache } from "../../../src/flows/app/persona-cache.js";
import type { LoadedSettings } from "../../../src/flows/app/read-loaded-settings.js";
import { personaDoc } from "../../support/persona-builder.js";
import { REPO, startHarness, type Harness } from "../../github/harness.js";

let h: Harness;
let clock: { now: number };
let settings: LoadedSettings;
let options: LoadContextOptions;

beforeEach(async () => {
  h = await startHarness({ files: { "personas/sre.md": personaDoc({ frontMatter: { name: "SRE" } }), "personas/broken.md": "---\nname: [\n---\n" } });
  clock = { now: 0 };
  settings = { status: "loaded", value: null, sources: [REPO], description: "acme/widgets:.github/persona-governance.yml" };
  options = {
    installationId: 7,
    defaultBranch: "main",
    loadSettings: async () => settings,
    cache: createPersonaCache(),
    freshForMs: 1000,
    maxAgeMs: 10_000,
    now: () => clock.now,
  };
});

afterEach(async () => {
  await h.gh.close();
});

describe("loadRepositoryContext", () => {
  it("reads the personas once, then serves them from the cache without a request", async () => {
    const first = await loadRepositoryContext(h.gateway, options);
    expect(first).toMatchObject({ status: "ready", origin: "loaded" });
    expect(first.status === "ready" && first.program.personas.map((p) => p.id)).toEqual(["sre"]);
    expect(first.status === "ready" && first.program.unreadableDocs).toEqual(["personas/broken.md"]);
    h.gh.resetLog();
    expect(await loadRepositoryContext(h.gateway, options)).toMatchObject({ origin: "cache" });
    expect(h.gh.requests).toEqual([]);
  });

  it("revalidates with one conditional request once the program is no longer fresh", async () => {
    await loadRepositoryContext(h.gateway, options);
    clock.now = 1000;
    h.gh.resetLog();
    expect(await loadRepositoryContext(h.gateway, options)).toMatchObject({ origin: "revalidated" });
    expect(h.gh.requests.map((r) => [r.operationId, r.status])).toEqual([["git/get-ref", 304]]);
  });

  it("reads again when the branch moved, reusing the blobs it already has", async () => {
    await loadRepositoryContext(h.gateway, options);
    h.gh.commitFiles(REPO.owner, REPO.repo, { "personas/web.md": personaDoc({ frontMatter: { name: "Web Developer" } }) });
    clock.now = 1000;
    h.gh.resetLog();
    const again = await loadRepositoryContext(h.gateway, options);
    expect(again.status === "ready" && again.program.personas.map((p) => p.id).sort()).toEqual(["sre", "web"]);
    expect(h.gh.requests.filter((r) => r.operationId === "git/get-blob")).toHaveLength(1);
  });

  it("reads again after the maximum age whatever the branch says", async () => {
    await loadRepositoryContext(h.gateway, options);
    clock.now = 10_000;
    expect(await loadRepositoryContext(h.gateway, options)).toMatchObject({ origin: "loaded" });
  });

  it("reports broken settings instead of throwing, and does not cache them", async () => {
    settings = { ...settings, value: { routing: { strategy: "sometimes" } } } as LoadedSettings;
    const result = await loadRepositoryContext(h.gateway, options);
    expect(result).toMatchObject({ status: "invalid-config", problem: { source: "acme/widgets:.github/persona-governance.yml" } });
    expect(options.cache.get(7, REPO)).toBeUndefined();
  });

  it("says when the central personas repository cannot be read", async () => {
    settings = { ...settings, value: { routing: { personasRepo: "acme/nowhere" } } } as LoadedSettings;
    const result = await loadRepositoryContext(h.gateway, options);
    expect(result.status === "invalid-config" && result.problem.problems).toEqual([expect.stringContaining("acme/nowhere, which the App cannot read")]);
  });
});
