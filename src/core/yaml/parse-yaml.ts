import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

/**
 * YAML from untrusted sources (pull requests, issue bodies) is parsed as data only:
 * - the core schema, so no custom tags or `!!js/function`-style constructors;
 * - aliases are bounded, so a "billion laughs" document is rejected instead of expanded;
 * - duplicate keys are an error, because the second one silently winning hides mistakes.
 */
export const MAX_YAML_ALIASES = 50;

export interface YamlError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedYaml {
  /** The plain JavaScript value, or undefined when the text did not parse. */
  value: unknown;
  errors: YamlError[];
  /** Finds the 1-based line and column of a key path, for pointing diagnostics at the offending key. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

/**
 * @param text the YAML source
 * @param lineOffset how many lines of the enclosing file come before `text` (front matter starts at 1)
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, schema: "core", uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    return failed([{ line: 1 + lineOffset, column: 1, message: messageOf(error) }], position);
  }
  const errors: YamlError[] = doc.errors.map((e) => ({ ...position(e.pos[0]), message: firstLine(e.message) }));
  const locate = (path: readonly (string | number)[]) => position(offsetOf(doc, path));
  if (errors.length > 0) return { value: undefined, errors, locate };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), errors, locate };
  } catch (error) {
    const message = /alias/i.test(messageOf(error))
      ? `YAML uses too many aliases (more than ${MAX_YAML_ALIASES} expansions); it is rejected to prevent resource exhaustion`
      : messageOf(error);
    return { value: undefined, errors: [{ line: 1 + lineOffset, column: 1, message }], locate };
  }
}

function failed(errors: YamlError[], position: (offset: number) => { line: number; column: number }): ParsedYaml {
  return { value: undefined, errors, locate: () => position(0) };
}

/** The offset of the deepest node on `path` that exists: the key of a map entry, or the item of a sequence. */
function offsetOf(doc: Document.Parsed, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function messageOf(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}
