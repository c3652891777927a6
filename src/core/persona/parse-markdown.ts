import MarkdownIt from "markdown-it";
import type { RuleInline } from "markdown-it/lib/parser_inline.mjs";
import image from "markdown-it/lib/rules_inline/image.mjs";
import link from "markdown-it/lib/rules_inline/link.mjs";
import type Token from "markdown-it/lib/token.mjs";

/**
 * The Markdown parser for persona bodies: CommonMark plus GFM tables and strikethrough, with raw HTML
 * recognised (so links inside HTML blocks are not mistaken for Markdown links).
 *
 * Why markdown-it rather than micromark/mdast: validation must handle 10,000 docs in under 3 s, and
 * measured on a 1 KB persona doc mdast-util-from-markdown with GFM took about 1.5 ms per doc while
 * markdown-it took about 0.05 ms. markdown-it gives every block its source lines; the link and image
 * rules are wrapped below so each link also records the offset where it starts, which the body reader
 * turns into a column.
 *
 * Nothing here renders: destinations are kept as written (no percent-encoding, no URL scheme
 * filtering), because the validator only checks relative paths and ignores absolute URLs.
 */
export type { Token };

/** `token.meta` of link_open and image tokens: offset of the `[` or `!` in the inline content. */
export interface LinkStartMeta {
  linkStart: number;
}

/** `token.meta` of inline tokens whose content was left unparsed because it is plain text. */
export interface PlainInlineMeta {
  plain: true;
}

// Characters that can start inline syntax under the rules enabled here: links and images, code spans,
// emphasis, strikethrough, entities, escapes, autolinks and raw HTML. Inline content without any of them
// parses to text and line breaks only, so parsing it is skipped (a third of all inline content in
// typical persona docs); `plainInlineText` gives the same text.
const INLINE_SYNTAX = /[!&*<[\\_`~]/;
const PLAIN: PlainInlineMeta = { plain: true };

function createParser(): MarkdownIt {
  const md = new MarkdownIt("commonmark", { html: true }).enable(["table", "strikethrough"]);
  md.normalizeLink = (url) => url;
  md.validateLink = () => true;
  md.inline.ruler.at("link", recordingStart(link, "link_open"));
  md.inline.ruler.at("image", recordingStart(image, "image"));
  md.core.ruler.at("inline", (state) => {
    for (const token of state.tokens) {
      if (token.type !== "inline") continue;
      if (INLINE_SYNTAX.test(token.content)) state.md.inline.parse(token.content, state.md, state.env, (token.children ??= []));
      else token.meta = PLAIN;
    }
  });
  return md;
}

function recordingStart(rule: RuleInline, tokenType: string): RuleInline {
  return (state, silent) => {
    const start = state.pos;
    const before = state.tokens.length;
    if (!rule(state, silent)) return false;
    if (!silent) {
      // Pending plain text is flushed into a token first, so the link token may not be the first new one.
      for (let i = before; i < state.tokens.length; i++) {
        const token = state.tokens[i]!;
        if (token.type === tokenType) {
          token.meta = { linkStart: start } satisfies LinkStartMeta;
          break;
        }
      }
    }
    return true;
  };
}

// Parsers are stateless between calls, so one instance serves every document.
const parser = createParser();

/** Block tokens of `text`; inline tokens (headings, paragraphs, table cells) carry `children`. */
export function parseMarkdown(text: string): Token[] {
  return parser.parse(text, {});
}

/** The recorded start offset of a link or image token, if the wrapped rule produced it. */
export function linkStartOf(token: Token): number | undefined {
  const meta: unknown = token.meta;
  if (typeof meta === "object" && meta !== null && "linkStart" in meta && typeof meta.linkStart === "number") return meta.linkStart;
  return undefined;
}

/** Whether an inline token was left unparsed because its content is plain text. */
export function isPlainInline(token: Token): boolean {
  return token.meta === PLAIN;
}
