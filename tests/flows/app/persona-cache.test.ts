import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { createPersonaCache, type CachedProgram } from "../../../src/flows/app/persona-cache.js";

const HERE = { owner: "acme", repo: "program" };
const CENTRAL = { owner: "acme", repo: "personas" };

function entry(...repos: { owner: string; repo: string }[]): CachedProgram {
  return {
    program: { config: defaultConfig(), personas: [], personasRepo: repos[0] ?? HERE, unreadableDocs: [] },
    heads: repos.map((repo) => ({ repo, branch: "main", sha: "abc", etag: 'W/"1"' })),
    loadedAt: 0,
    checkedAt: 0,
  };
}

describe("createPersonaCache", () => {
  it("keeps programs per installation and repository, names compared case-insensitively", () => {
    const cache = createPersonaCache();
    cache.set(1, HERE, entry(HERE));
    expect(cache.get(1, { owner: "ACME", repo: "Program" })).toBeDefined();
    expect(cache.get(2, HERE)).toBeUndefined();
  });

  it("forgets every program of the installation that was read from a pushed repository", () => {
    const cache = createPersonaCache();
    cache.set(1, HERE, entry(HERE, CENTRAL));
    cache.set(1, { owner: "acme", repo: "other" }, entry({ owner: "acme", repo: "other" }));
    cache.set(2, HERE, entry(HERE, CENTRAL));
    expect(cache.invalidate(1, CENTRAL)).toBe(1);
    expect(cache.get(1, HERE)).toBeUndefined();
    expect(cache.get(1, { owner: "acme", repo: "other" })).toBeDefined();
    expect(cache.get(2, HERE)).toBeDefined();
  });

  it("drops the least recently used program beyond its limit", () => {
    const cache = createPersonaCache({ programs: 2 });
    const repo = (name: string) => ({ owner: "acme", repo: name });
    cache.set(1, repo("a"), entry(repo("a")));
    cache.set(1, repo("b"), entry(repo("b")));
    cache.get(1, repo("a"));
    cache.set(1, repo("c"), entry(repo("c")));
    expect([cache.get(1, repo("a")), cache.get(1, repo("b")), cache.get(1, repo("c"))].map(Boolean)).toEqual([true, false, true]);
  });

  it("loads a blob once, but tries again after a failed load", async () => {
    const cache = createPersonaCache();
    let loads = 0;
    const load = async () => {
      loads++;
      if (loads === 1) throw new Error("network");
      return new Uint8Array([1, 2, 3]);
    };
    await expect(cache.blob(1, "sha", load)).rejects.toThrow("network");
    expect(await cache.blob(1, "sha", load)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await cache.blob(1, "sha", load)).toEqual(new Uint8Array([1, 2, 3]));
    expect(loads).toBe(2);
  });

  it("evicts the oldest blobs beyond its byte limit", async () => {
    const cache = createPersonaCache({ blobBytes: 5 });
    let loads = 0;
    const load = async () => {
      loads++;
      return new Uint8Array(3);
    };
    await cache.blob(1, "first", load);
    await cache.blob(1, "second", load);
    await cache.blob(1, "first", load);
    expect(loads).toBe(3);
  });
});
