import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RepoReader } from "./repo-reader.js";

/** Folders that are never part of the repository's tracked content. */
const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

/**
 * Lists a local checkout the way Git's tree would show it: every file, with symbolic links listed but
 * not followed or read (GitHub would not read them either). `.git` and `node_modules` are left out.
 */
export async function openCheckout(root: string): Promise<RepoReader> {
  const files = new Map<string, boolean>();
  await walk(root, "", files);
  return {
    paths: new Set(files.keys()),
    async read(paths) {
      const result = new Map<string, Uint8Array>();
      for (const path of new Set(paths)) {
        if (files.get(path) !== true) continue;
        result.set(path, await readFile(join(root, ...path.split("/"))));
      }
      return result;
    },
  };
}

/** Records each file under `folder` with whether it is a regular file (true) or a link (false). */
async function walk(root: string, folder: string, files: Map<string, boolean>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, ...folder.split("/").filter(Boolean)), { withFileTypes: true });
  } catch (error) {
    // The root itself must exist; an unreadable subfolder is skipped, as Git would not see into it either.
    if (folder === "") throw error;
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(root, path, files);
    } else if (entry.isFile()) {
      files.set(path, true);
    } else if (entry.isSymbolicLink()) {
      files.set(path, false);
    }
  }
}
