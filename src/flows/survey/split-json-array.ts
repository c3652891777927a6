/**
 * Splits a streamed JSON array into the source text of its elements, one at a time, so an export of a
 * million responses never sits in memory whole. It only tracks strings and nesting depth; each element
 * is then parsed by JSON.parse, which reports any syntax error inside it.
 *
 * @throws Error when the text is not a single top-level array
 */
export async function* splitJsonArray(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const state = { depth: 0, inString: false, escaped: false, started: false, ended: false, parts: [] as string[] };
  for await (const chunk of chunks) {
    const text = String(chunk);
    yield* scanChunk(state.started ? text : text.replace(/^\uFEFF/, ""), state);
  }
  if (!state.ended) throw new Error("the JSON array is not closed; was the export cut short?");
}

interface ScanState {
  depth: number;
  inString: boolean;
  escaped: boolean;
  started: boolean;
  ended: boolean;
  parts: string[];
}

function* scanChunk(text: string, state: ScanState): Generator<string> {
  let start = state.depth >= 1 ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (state.inString) {
      if (state.escaped) state.escaped = false;
      else if (character === "\\") state.escaped = true;
      else if (character === '"') state.inString = false;
      continue;
    }
    if (state.ended) {
      if (!/\s/.test(character)) throw new Error("unexpected text after the JSON array; expected one array of response objects");
      continue;
    }
    if (!state.started) {
      if (/\s/.test(character)) continue;
      if (character !== "[") throw new Error("expected a JSON array of response objects, or JSON Lines with one object per line");
      state.started = true;
      state.depth = 1;
      start = i + 1;
      continue;
    }
    if (character === '"') state.inString = true;
    else if (character === "[" || character === "{") state.depth++;
    else if (character === "}" || character === "]" || character === ",") {
      if (character !== "," && state.depth > 1) {
        state.depth--;
        continue;
      }
      if (character === "," && state.depth > 1) continue;
      const element = state.parts.join("") + text.slice(start, i);
      state.parts = [];
      if (element.trim() !== "") yield element;
      start = i + 1;
      if (character === "]") {
        state.depth = 0;
        state.ended = true;
      } else if (character === "}") throw new Error("unbalanced braces in the JSON array");
    }
  }
  if (state.started && !state.ended && start >= 0) state.parts.push(text.slice(start));
}
