import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/**
 * Line endings become `\n` and a leading byte-order mark is dropped, so the files we write are uniform.
 * Line numbers are unchanged by this, and columns only on a first line that carried a BOM, which editors
 * do not count either.
 */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Parses Markdown the way GitHub renders it (CommonMark plus GFM tables, footnotes and autolinks), keeping
 * source offsets on every node so the importer can slice the original text instead of re-serialising it.
 */
export function parseSource(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
