/** A replacement of `source.slice(start, end)` by `text`, in offsets of the whole source document. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The slice `[from, to)` of the source with the edits that fall inside it applied. Edits never overlap
 * (they touch heading markers and link destinations), so applying them from the end keeps offsets valid.
 */
export function applyEdits(source: string, from: number, to: number, edits: readonly TextEdit[]): string {
  const inside = edits.filter((e) => e.start >= from && e.end <= to).sort((a, b) => b.start - a.start);
  let text = source.slice(from, to);
  for (const edit of inside) {
    text = text.slice(0, edit.start - from) + edit.text + text.slice(edit.end - from);
  }
  return text;
}
