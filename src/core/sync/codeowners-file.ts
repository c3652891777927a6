/**
 * Where GitHub looks for CODEOWNERS, in the order it looks: the first that exists is the one in force,
 * and any others are ignored.
 */
export const CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

export const BLOCK_BEGIN = "# BEGIN persona-governance (generated)";
export const BLOCK_END = "# END persona-governance";

/**
 * The CODEOWNERS file the sync writes to: the one GitHub reads, or `.github/CODEOWNERS` when the
 * repository has none yet.
 */
export function findCodeownersFile(paths: ReadonlySet<string>): string {
  return CODEOWNERS_LOCATIONS.find((location) => paths.has(location)) ?? CODEOWNERS_LOCATIONS[0];
}
