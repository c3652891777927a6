import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configKeyFor, readLocalSnapshot } from "../../src/flows/read-local-snapshot.js";

let root: string;
let outside: string;

function write(path: string, content: string | Uint8Array, base = root): void {
  mkdirSync(dirname(join(base, path)), { recursive: true });
  writeFileSync(join(base, path), content);
}

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "persona-gov-snapshot-"));
  outside = mkdtempSync(join(tmpdir(), "persona-gov-outside-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("readLocalSnapshot", () => {
  it("lists every path but reads only the settings, persona docs and survey questions", async () => {
    write(".github/persona-governance.yml", "personas:\n  path: people\n");
    write("people/sre.md", "---\nname: SRE\n---\n");
    write("people/team/web.md", "web");
    write("survey/questions/q1.yml", "q: 1");
    write("survey/questions/notes.txt", "no");
    write("docs/guide.md", "not read");
    write(".git/HEAD", "ref");
    write("node_modules/x/index.js", "x");
    const snapshot = await readLocalSnapshot(root);
    expect([...snapshot.paths].sort()).toEqual([".github/persona-governance.yml", "docs/guide.md", "people/sre.md", "people/team/web.md", "survey/questions/notes.txt", "survey/questions/q1.yml"]);
    expect([...snapshot.files.keys()].sort()).toEqual([".github/persona-governance.yml", "people/sre.md", "people/team/web.md", "survey/questions/q1.yml"]);
    expect(text(snapshot.files.get("people/sre.md"))).toBe("---\nname: SRE\n---\n");
  });

  it("lists symbolic links without following or reading them", async () => {
    write("secret.md", "---\nname: Secret\n---\n", outside);
    write("personas/real.md", "real");
    mkdirSync(join(root, "linked"));
    symlinkSync(join(outside, "secret.md"), join(root, "personas/link.md"));
    symlinkSync(outside, join(root, "linked/dir"));
    const snapshot = await readLocalSnapshot(root);
    expect(snapshot.paths.has("personas/link.md")).toBe(true);
    expect(snapshot.paths.has("linked/dir")).toBe(true);
    expect(snapshot.files.has("personas/link.md")).toBe(false);
    expect([...snapshot.paths].some((p) => p.includes("secret"))).toBe(false);
  });

  it("does not read a default settings file that is a symbolic link, or under a linked folder", async () => {
    write("leak.yml", "secret-key: 1\n", outside);
    mkdirSync(join(root, ".github"));
    symlinkSync(join(outside, "leak.yml"), join(root, ".github/persona-governance.yml"));
    expect((await readLocalSnapshot(root)).files.size).toBe(0);
    rmSync(join(root, ".github"), { recursive: true });
    write(".github/persona-governance.yml", "secret-key: 1\n", outside);
    symlinkSync(join(outside, ".github"), join(root, ".github"));
    expect((await readLocalSnapshot(root)).files.size).toBe(0);
  });

  it("reads no more docs than personas.maxFiles and no more bytes than the size limit", async () => {
    write(".github/persona-governance.yml", "personas:\n  maxFiles: 2\n  maxFileBytes: 10\n");
    for (const name of ["a", "b", "c"]) write(`personas/${name}.md`, "x".repeat(50));
    const snapshot = await readLocalSnapshot(root);
    expect(snapshot.paths.has("personas/c.md")).toBe(true);
    expect([...snapshot.files.keys()].filter((k) => k.startsWith("personas/")).sort()).toEqual(["personas/a.md", "personas/b.md"]);
    expect(snapshot.files.get("personas/a.md")?.byteLength).toBe(11);
  });

  it("reads a settings file named explicitly, inside or outside the checkout", async () => {
    write("config/pg.yml", "personas:\n  path: people\n");
    write("people/sre.md", "sre");
    write("pg.yml", "personas:\n  path: people\n", outside);
    const inside = await readLocalSnapshot(root, { configPath: "config/pg.yml" });
    expect(inside.files.has("config/pg.yml")).toBe(true);
    expect(inside.files.has("people/sre.md")).toBe(true);
    const external = await readLocalSnapshot(root, { configPath: join(outside, "pg.yml") });
    expect(external.files.has(configKeyFor(root, join(outside, "pg.yml")))).toBe(true);
    expect(external.files.has("people/sre.md")).toBe(true);
  });

  it("fails when the root cannot be listed", async () => {
    await expect(readLocalSnapshot(join(root, "missing"))).rejects.toThrow();
  });

  it("uses the file access it is given", async () => {
    const snapshot = await readLocalSnapshot("/repo", {
      files: {
        list: async (dir) => (dir === "/repo" ? [entry("personas", "dir")] : dir === "/repo/personas" ? [entry("sre.md", "file")] : []),
        read: async (path) => (path === "/repo/personas/sre.md" ? new TextEncoder().encode("hello") : undefined),
      },
    });
    expect([...snapshot.paths]).toEqual(["personas/sre.md"]);
    expect(text(snapshot.files.get("personas/sre.md"))).toBe("hello");
  });
});

describe("configKeyFor", () => {
  it("is repository-relative inside the root and absolute outside", () => {
    expect(configKeyFor("/repo", "config/pg.yml")).toBe("config/pg.yml");
    expect(configKeyFor("/repo", "/repo/.github/x.yml")).toBe(".github/x.yml");
    expect(configKeyFor("/repo", "/etc/pg.yml")).toBe("/etc/pg.yml");
  });
});

function entry(name: string, kind: "file" | "dir") {
  return { name, isFile: () => kind === "file", isDirectory: () => kind === "dir", isSymbolicLink: () => false };
}
