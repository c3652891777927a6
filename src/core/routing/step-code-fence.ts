/** An open fenced code block: its fence character and the length of the opening run. */
export interface CodeFence {
  marker: "`" | "~";
  length: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Follows fenced code blocks line by line, by CommonMark's rules: a run of three or more backticks or
 * tildes opens one, and a run of the same character at least as long closes it. Returns whether
 * `line` belongs to a block (its fence lines included) and the fence still open after it. Parsers of
 * user text use it so that `### Heading` or `/command` lines inside code are never taken literally.
 */
export function stepCodeFence(
  fence: CodeFence | undefined,
  line: string,
): { inCode: boolean; fence: CodeFence | undefined } {
  if (fence !== undefined) {
    const closing = new RegExp(`^ {0,3}${fence.marker === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
    return { inCode: true, fence: closing.test(line) ? undefined : fence };
  }
  const open = FENCE_OPEN.exec(line);
  if (!open) return { inCode: false, fence: undefined };
  const run = open[1] ?? "";
  const marker = run.startsWith("`") ? "`" : "~";
  // A backtick fence's info string may not contain backticks; such a line is inline code instead.
  if (marker === "`" && (open[2] ?? "").includes("`")) return { inCode: false, fence: undefined };
  return { inCode: true, fence: { marker, length: run.length } };
}
