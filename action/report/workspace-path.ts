import { relative, resolve, sep } from "node:path";

/**
 * A diagnostic's path (relative to the working directory) as GitHub expects it in annotations:
 * relative to the workspace, with forward slashes. With `working-directory: examples`,
 * `personas/sre.md` becomes `examples/personas/sre.md`, so the annotation lands on the right file.
 */
export function workspacePath(workspace: string, root: string, file: string): string {
  const path = relative(workspace, resolve(root, file));
  return sep === "/" ? path : path.split(sep).join("/");
}
