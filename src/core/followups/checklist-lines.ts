import { findNextStepsSection } from "../publish/find-next-steps-section.js";

export interface ChecklistLine {
  /** 1-based line in the whole body. */
  line: number;
  /** The line without HTML comments or trailing spaces. */
  text: string;
  /** The line exactly as written, line break excluded. */
  raw: string;
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * The lines of the "Agreed next steps" section that people wrote, with their line numbers in the
 * body: HTML comments (the help text) and fenced code blocks (examples) are left out, since a line
 * there is documentation, not a step. Undefined when the body has no such section.
 */
export function checklistLines(body: string): ChecklistLine[] | undefined {
  const section = findNextStepsSection(body);
  if (section === undefined) return undefined;
  const firstLine = lineNumberAt(body, section.content.start);
  const lines = body.slice(section.content.start, section.content.end).split(/\r?\n/);
  const result: ChecklistLine[] = [];
  let inComment = false;
  let fence: string | undefined;
  lines.forEach((text, index) => {
    if (fence !== undefined) {
      if (text.trimStart().startsWith(fence)) fence = undefined;
      return;
    }
    const opening = FENCE.exec(text);
    if (!inComment && opening) {
      fence = opening[1]!.slice(0, 3);
      return;
    }
    const { visible, open } = stripComments(text, inComment);
    inComment = open;
    if (visible.trim() !== "") result.push({ line: firstLine + index, text: visible.replace(/\s+$/, ""), raw: text });
  });
  return result;
}

/** The 1-based line number of the character at `offset`. */
export function lineNumberAt(body: string, offset: number): number {
  let line = 1;
  for (let index = body.indexOf("\n"); index !== -1 && index < offset; index = body.indexOf("\n", index + 1)) line++;
  return line;
}

/** The text of a line outside HTML comments, and whether a comment is still open at its end. */
function stripComments(text: string, inComment: boolean): { visible: string; open: boolean } {
  let visible = "";
  let rest = text;
  let open = inComment;
  while (rest !== "") {
    if (open) {
      const end = rest.indexOf("-->");
      if (end < 0) return { visible, open: true };
      rest = rest.slice(end + 3);
      open = false;
    } else {
      const start = rest.indexOf("<!--");
      if (start < 0) return { visible: visible + rest, open: false };
      visible += rest.slice(0, start);
      rest = rest.slice(start + 4);
      open = true;
    }
  }
  return { visible, open };
}
