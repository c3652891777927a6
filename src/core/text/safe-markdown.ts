/**
 * Putting untrusted text (survey comments, issue bodies, file contents) into Markdown that we post to
 * GitHub. Two dangers: the text pings people (`@user`, `@org/team`), or it breaks out of the structure
 * we put it in (a table row, a blockquote, a `<details>` block) and injects links, HTML or headings.
 *
 * Mentions are neutralised with a zero-width joiner after the `@` rather than by wrapping them in a
 * code span: GitHub's mention syntax needs a name character right after the `@`, so `@\u200Duser`
 * never notifies, yet reads exactly like the original, keeps working inside tables, blockquotes,
 * `<summary>` HTML and Mermaid labels (where backticks would show literally), and needs no care about
 * backticks the text already contains. A joiner, unlike a zero-width space, offers no line break, so
 * the handle never wraps apart. The cost: copying the text carries the invisible character along.
 */

const ZERO_WIDTH_JOINER = "\u200D";
// Any `@` directly followed by something a handle could start with; idempotent, because after the
// first pass the `@` is followed by the joiner.
const MENTION_START = /@(?=[\p{L}\p{N}_-])/gu;
// Characters with inline meaning in GitHub Flavored Markdown: emphasis, code, links and images,
// raw HTML and entities, table pipes, strikethrough, math, and the escape character itself.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&$]/g;
// What turns a line into a list item, setext underline or ordered list when it starts one.
const LINE_START_SPECIAL = /^(\s*)(?:([-+=])|(\d+)([.)]))/;
// GFM turns bare URLs into links after escapes are resolved, so a backslash cannot stop it (and would
// show inside the link). A zero-width joiner after the scheme's colon or after `www` breaks the pattern
// while the text reads the same: respondents' URLs stay readable but never become clickable links.
const URL_START = /(?:https?|ftp):(?=\/\/)|www(?=\.)/gi;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAK = /\r\n|\r|\n/;
const HTML_SPECIAL: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Makes every `@handle` in `text` inert (see the module comment for why a zero-width joiner). */
export function neutralizeMentions(text: string): string {
  return text.replace(MENTION_START, `@${ZERO_WIDTH_JOINER}`);
}

/**
 * Escapes `text` so it renders literally inside a line of Markdown: no emphasis, code, links, images,
 * HTML, entities, table pipes, math or strikethrough, and no list or heading when it starts a line.
 * Bare URLs stay readable but are not turned into links.
 * Line breaks become spaces (use `tableCell`, `quoteBlock` or `safeDetailsText` to keep them).
 * It does not neutralise mentions; `safeInline` does both.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.split(LINE_BREAK).join(" "));
}

/** `neutralizeMentions` and `escapeMarkdownInline` together: the default for untrusted text in a line. */
export function safeInline(text: string): string {
  return escapeMarkdownInline(neutralizeMentions(text));
}

/** Escapes the five HTML-significant characters, for text inside HTML elements or attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_SPECIAL[character] ?? character);
}

/**
 * Untrusted text as one GFM table cell: mentions neutralised, Markdown escaped (pipes included), line
 * breaks kept as `<br>` so a multi-line answer stays in its row.
 */
export function tableCell(text: string): string {
  return splitLines(neutralizeMentions(text))
    .map((line) => escapeLine(line.trim()))
    .filter((line, index, lines) => line !== "" || (index > 0 && index < lines.length - 1))
    .join("<br>");
}

/**
 * Untrusted text as a Markdown blockquote, line breaks and paragraphs kept, mentions neutralised and
 * nothing able to end the quote early or start a heading, list, code block or HTML block.
 */
export function quoteBlock(text: string): string {
  return escapeBlockLines(text)
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}

/**
 * Untrusted text as Markdown that is safe inside a `<details>` block: it cannot close the block
 * (`</details>` is escaped like any other HTML), open a code fence that swallows the closing tag, or
 * ping anyone. Line breaks and paragraphs are kept.
 */
export function safeDetailsText(text: string): string {
  return escapeBlockLines(text).join("\n");
}

/**
 * A collapsible section. `summary` is untrusted plain text; `body` is Markdown the caller built from
 * escaped parts. The blank lines around the body let GitHub render it as Markdown.
 */
export function detailsBlock(summary: string, body: string): string {
  return `<details>\n<summary>${escapeHtml(neutralizeMentions(collapseLines(summary)))}</summary>\n\n${body}\n\n</details>`;
}

/** Text as an inline code span, with a fence longer than any backtick run inside it. */
export function inlineCode(text: string): string {
  const line = collapseLines(text);
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

function escapeBlockLines(text: string): string[] {
  const lines = splitLines(neutralizeMentions(text)).map((line) => escapeLine(line.trim()));
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  // Runs of blank lines collapse to one paragraph break.
  return lines.filter((line, index) => line !== "" || lines[index - 1] !== "");
}

function escapeLine(line: string): string {
  const escaped = line
    .replace(CONTROL_CHARACTERS, "")
    .replace(INLINE_SPECIAL, (character) => `\\${character}`)
    .replace(URL_START, (start: string) => `${start}${ZERO_WIDTH_JOINER}`);
  return escaped.replace(
    LINE_START_SPECIAL,
    (_match, indent: string, marker: string | undefined, digits: string | undefined, delimiter: string | undefined) =>
      marker === undefined ? `${indent}${digits ?? ""}\\${delimiter ?? ""}` : `${indent}\\${marker}`,
  );
}

function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

function collapseLines(text: string): string {
  return splitLines(text)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}
