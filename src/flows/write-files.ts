import { lstat, mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** A file to create, at a path relative to the root it is written under (or absolute). */
export interface FileToWrite {
  path: string;
  content: string;
}

export interface WriteFilesResult {
  /** Paths written, in the order given. */
  written: string[];
  /** Paths left alone because they already existed and `force` was not set. */
  skipped: string[];
}

/** A file could not be written for a reason the user can fix (a directory in the way, permissions). */
export class WriteFilesError extends Error {
  override readonly name = "WriteFilesError";
}

/**
 * Writes files under `root`, creating folders as needed. An existing file is never replaced unless
 * `force` is set; without it the file is opened exclusively, so even a file that appears between a check
 * and the write is skipped rather than overwritten.
 *
 * @throws WriteFilesError naming the path when the file system refuses the write
 */
export async function writeFiles(root: string, files: readonly FileToWrite[], options: { force: boolean }): Promise<WriteFilesResult> {
  const result: WriteFilesResult = { written: [], skipped: [] };
  for (const file of files) {
    const target = resolve(root, file.path);
    try {
      await mkdir(dirname(target), { recursive: true });
    } catch (error) {
      throw new WriteFilesError(`cannot create the folder for ${file.path}: ${describe(error)}`, { cause: error });
    }
    try {
      await writeFile(target, file.content, { encoding: "utf8", flag: options.force ? "w" : "wx" });
      result.written.push(file.path);
    } catch (error) {
      if (errorCode(error) === "EEXIST" && !options.force) result.skipped.push(file.path);
      else throw new WriteFilesError(`cannot write ${file.path}: ${describe(error)}`, { cause: error });
    }
  }
  return result;
}

/** The given paths (relative to `root`) that already exist, as files, folders or links. */
export async function findExistingFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const existing: string[] = [];
  for (const path of paths) {
    try {
      await lstat(resolve(root, path));
      existing.push(path);
    } catch (error) {
      if (errorCode(error) !== "ENOENT") existing.push(path);
    }
  }
  return existing;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

function describe(error: unknown): string {
  switch (errorCode(error)) {
    case "EISDIR":
      return "a folder with that name is in the way";
    case "ENOTDIR":
    case "EEXIST":
      return "a file is in the way of one of its folders";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
