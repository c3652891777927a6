import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/core/config/parse-config.js";
import { snapshotFromGitHub, snapshotRequestFor } from "../../src/github/snapshot-from-github.js";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;

const FILES: Record<string, string> = {
  ".github/persona-governance.yml": "sync:\n  via: pr\n",
  ".github/CODEOWNERS": "* @acme/core\n",
  "personas/sre.md": "---\nname: SRE\n---\n",
  "personas/backend.md": "---\nname: Backend\n---\n",
  "personas/README.md": "# Personas\n",
  "personas/diagram.png": "not really a png",
  "survey/questions/2026-H2.yml": "questions: []\n",
  "src/app.ts": "export {};\n",
  "docs/guide.md": "# Guide\n",
};

beforeEach(async () => {
  h = await startHarness({ files: FILES });
  h.gh.resetLog();
});

afterEach(async () => {
  await h.gh.close();
});

describe("snapshotFromGitHub", () => {
  it("lists every path and reads only the needed files: one tree request, one per blob", async () => {
    const snapshot = await snapshotFromGitHub(h.gateway, { ...snapshotRequestFor(defaultConfig()), ref: "main" });

    expect([...snapshot.paths].sort()).toEqual(Object.keys(FILES).sort());
    expect([...snapshot.files.keys()].sort()).toEqual([
      ".github/persona-governance.yml",
      "personas/README.md",
      "personas/backend.md",
      "personas/sre.md",
      "survey/questions/2026-H2.yml",
    ]);
    expect(new TextDecoder().decode(snapshot.files.get("personas/sre.md"))).toBe(FILES["personas/sre.md"]);
    expect(h.gh.requests.map((r) => r.operationId)).toEqual(["git/get-tree", ...Array(5).fill("git/get-blob")]);
  });

  it("reads extra files when they exist, spending no request on absent ones", async () => {
    const request = { directories: [], files: [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] };
    const snapshot = await snapshotFromGitHub(h.gateway, request);
    expect([...snapshot.files.keys()]).toEqual([".github/CODEOWNERS"]);
    expect(h.gh.requests.map((r) => r.operationId)).toEqual(["repos/get", "git/get-tree", "git/get-blob"]);
  });

  it("follows a configured personas path", async () => {
    const config = defaultConfig();
    config.personas.path = "docs";
    const snapshot = await snapshotFromGitHub(h.gateway, snapshotRequestFor(config));
    expect(snapshot.files.has("docs/guide.md")).toBe(true);
    expect(snapshot.files.has("personas/sre.md")).toBe(false);
  });
});
