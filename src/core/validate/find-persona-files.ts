import type { RepoSnapshot } from "../repo/repo-snapshot.js";

/**
 * The persona docs in a repository: every `.md` file under the personas directory, at any depth,
 * except READMEs (`personas/README.md` is the generated directory page). Sorted, so limits and output
 * are the same on every run.
 */
export function findPersonaFiles(snapshot: RepoSnapshot, personasPath: string): string[] {
  const prefix = directoryPrefix(personasPath);
  const found = new Set<string>();
  const consider = (path: string) => {
    if (path.startsWith(prefix) && isPersonaDoc(path)) found.add(path);
  };
  for (const path of snapshot.paths) consider(path);
  for (const path of snapshot.files.keys()) consider(path);
  return [...found].sort();
}

/** `personas`, `./personas/` → `personas/`; `.` → the whole repository. */
export function directoryPrefix(path: string): string {
  const trimmed = path.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return trimmed === "" || trimmed === "." ? "" : `${trimmed}/`;
}

function isPersonaDoc(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return base.endsWith(".md") && base !== "readme.md";
}
