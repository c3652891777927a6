import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * A JSON file derived from a large source file, kept in node_modules/.cache/fake-github and keyed by
 * the source's size and mtime, so each test process loads a small prepared index instead of
 * re-deriving it. Returns the cached value, or builds, stores and returns it.
 */
export function cachedJson<T>(source: string, name: string, build: () => T): T {
  const stat = statSync(source);
  const nodeModules = source.slice(0, source.lastIndexOf("node_modules") + "node_modules".length);
  const file = join(nodeModules, ".cache", "fake-github", `${name}-${stat.size}-${Math.floor(stat.mtimeMs)}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // No cache yet (or a damaged one): build it below.
  }
  const value = build();
  try {
    // Write then rename, so parallel test workers never read a half-written file.
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
  } catch {
    // A read-only node_modules only costs speed: the next process builds again.
  }
  return value;
}
