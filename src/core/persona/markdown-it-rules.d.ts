// markdown-it ships its inline rules as modules but @types/markdown-it does not describe them. We wrap
// the link and image rules to learn where each link starts (see parse-markdown.ts).
declare module "markdown-it/lib/rules_inline/link.mjs" {
  import type { RuleInline } from "markdown-it/lib/parser_inline.mjs";
  const link: RuleInline;
  export default link;
}

declare module "markdown-it/lib/rules_inline/image.mjs" {
  import type { RuleInline } from "markdown-it/lib/parser_inline.mjs";
  const image: RuleInline;
  export default image;
}
