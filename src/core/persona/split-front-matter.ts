import matter from "gray-matter";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseYaml, type ParsedYaml } from "../yaml/parse-yaml.js";

/**
 * Separates a persona doc's YAML front matter from its Markdown body.
 *
 * gray-matter evaluates `---js` / `---javascript` front matter with `eval` by default, and anyone can
 * open a pull request that changes a persona doc. So the fence's language is checked here first and
 * anything but YAML is reported and never handed to gray-matter; on top of that, every gray-matter call
 * replaces the JavaScript, JSON and CoffeeScript engines with one that refuses, and passes options, which
 * also keeps gray-matter's global content cache (used only for option-less calls) out of the way.
 */
export interface SplitFrontMatter {
  /** The parsed front matter, when there is YAML front matter to parse. */
  yaml?: ParsedYaml;
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const FENCE = "---";
const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);

class RefusedLanguageError extends Error {
  override readonly name = "RefusedLanguageError";
}

function refuse(): object {
  throw new RefusedLanguageError("front matter in a language other than YAML is never evaluated");
}

/**
 * @param file path named in diagnostics
 * @param text the decoded document, BOM already removed
 */
export function splitFrontMatter(file: string, text: string): SplitFrontMatter {
  if (!text.startsWith(FENCE) || text.charAt(FENCE.length) === "-") {
    return { body: text, bodyLine: 1, diagnostics: [missing(file)] };
  }
  const firstBreak = text.indexOf("\n");
  const language = (firstBreak === -1 ? text.slice(FENCE.length) : text.slice(FENCE.length, firstBreak)).trim();
  const close = firstBreak === -1 ? -1 : text.indexOf(`\n${FENCE}`, firstBreak);
  if (close === -1) {
    return { body: "", bodyLine: 1, diagnostics: [unclosed(file)] };
  }
  const body = bodyAfterFence(text, close);
  if (!YAML_LANGUAGES.has(language.toLowerCase())) return { ...body, diagnostics: [foreignLanguage(file, language)] };
  // gray-matter copies its whole input into a Buffer; give it only the front matter, up to the closing fence.
  const yaml = parseFrontMatterBlock(file, text.slice(0, close + 1 + FENCE.length));
  return "diagnostics" in yaml ? { body: "", bodyLine: 1, diagnostics: yaml.diagnostics } : { yaml, ...body, diagnostics: [] };
}

function parseFrontMatterBlock(file: string, block: string): ParsedYaml | { diagnostics: Diagnostic[] } {
  let yaml: ParsedYaml | undefined;
  const parseWithOurYaml = (source: string): object => {
    // The matter starts with the newline that ends the opening fence, so its line 1 is file line 1.
    // It ends before the closing fence's `\n`, which leaves the `\r` of a CRLF file behind.
    yaml = parseYaml(withoutFinalCarriageReturn(source), 0);
    return {};
  };
  let parsed: { matter: string };
  try {
    parsed = matter(block, {
      language: "yaml",
      engines: { yaml: parseWithOurYaml, yml: parseWithOurYaml, javascript: refuse, js: refuse, json: refuse, coffee: refuse, cson: refuse },
    });
  } catch (error) {
    const message = error instanceof RefusedLanguageError ? error.message : "front matter could not be read";
    return { diagnostics: [diagnostic({ file, line: 1, column: 1, severity: "error", rule: "front-matter-language", message })] };
  }
  // gray-matter skips its engine when the block is empty or only comments; parse it anyway for positions.
  return yaml ?? parseYaml(withoutFinalCarriageReturn(parsed.matter), 0);
}

function withoutFinalCarriageReturn(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/** The body after the closing fence, located the way gray-matter locates it. */
function bodyAfterFence(text: string, close: number): { body: string; bodyLine: number } {
  let start = close + 1 + FENCE.length;
  if (text.charAt(start) === "\r") start++;
  if (text.charAt(start) === "\n") start++;
  return { body: text.slice(start), bodyLine: 1 + countLineBreaks(text.slice(0, start)) };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function missing(file: string): Diagnostic {
  return diagnostic({
    file,
    line: 1,
    column: 1,
    severity: "error",
    rule: "front-matter-missing",
    message: "the document has no front matter",
    suggestion: "start the file with a `---` line, then `name: Your Persona`, then another `---` line",
  });
}

function unclosed(file: string): Diagnostic {
  return diagnostic({
    file,
    line: 1,
    column: 1,
    severity: "error",
    rule: "front-matter-missing",
    message: "the front matter opened on line 1 is never closed",
    suggestion: "add a line containing only `---` after the last front-matter key",
  });
}

function foreignLanguage(file: string, language: string): Diagnostic {
  return diagnostic({
    file,
    line: 1,
    column: FENCE.length + 1,
    severity: "error",
    rule: "front-matter-language",
    message: `front matter marked as \`${language.slice(0, 40)}\` is not allowed: only YAML front matter is read, and it is never evaluated`,
    suggestion: "write the front matter in YAML and open it with a plain `---` line",
  });
}
