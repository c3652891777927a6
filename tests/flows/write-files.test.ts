import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findExistingFiles, writeFiles, WriteFilesError } from "../../src/flows/write-files.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "persona-gov-write-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("writeFiles", () => {
  it("creates folders and files, and skips existing files unless forced", async () => {
    writeFileSync(join(root, "keep.md"), "old");
    const files = [
      { path: "a/b/new.md", content: "new\n" },
      { path: "keep.md", content: "replaced" },
    ];
    expect(await writeFiles(root, files, { force: false })).toEqual({ written: ["a/b/new.md"], skipped: ["keep.md"] });
    expect(readFileSync(join(root, "a/b/new.md"), "utf8")).toBe("new\n");
    expect(readFileSync(join(root, "keep.md"), "utf8")).toBe("old");
    expect(await writeFiles(root, files, { force: true })).toEqual({ written: ["a/b/new.md", "keep.md"], skipped: [] });
    expect(readFileSync(join(root, "keep.md"), "utf8")).toBe("replaced");
  });

  it("throws a WriteFilesError naming the path when a folder is in the way", async () => {
    mkdirSync(join(root, "taken.md"));
    const attempt = writeFiles(root, [{ path: "taken.md", content: "x" }], { force: true });
    await expect(attempt).rejects.toBeInstanceOf(WriteFilesError);
    await expect(attempt).rejects.toThrow("cannot write taken.md: a folder with that name is in the way");
  });
});

describe("findExistingFiles", () => {
  it("lists the paths that exist, in the order given", async () => {
    writeFileSync(join(root, "b.md"), "");
    mkdirSync(join(root, "d"));
    expect(await findExistingFiles(root, ["a.md", "d", "b.md", "c/e.md"])).toEqual(["d", "b.md"]);
  });
});
