import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";

/**
 * A unified diff in the form reviewers know from `git diff`: `a/` and `b/` prefixes, `/dev/null` for a
 * new file, three lines of context. Line endings are compared as they are, so a CRLF file that keeps
 * its CRLF lines shows no spurious changes.
 */
export function fileDiff(path: string, previous: string | undefined, content: string): string {
  const from = previous === undefined ? "/dev/null" : `a/${path}`;
  return createTwoFilesPatch(from, `b/${path}`, previous ?? "", content, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/** How many lines a diff adds and removes, not counting its `---`/`+++` headers. */
export function countDiffLines(diff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ") || line.startsWith("--- ")) continue;
    if (line.startsWith("+")) added++;
    else if (line.startsWith("-")) removed++;
  }
  return { added, removed };
}
