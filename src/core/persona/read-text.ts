import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * Turns a file's bytes into text without trusting them: too-large files are not decoded at all, files
 * with NUL bytes are reported as binary, and invalid UTF-8 is reported rather than silently replaced
 * with U+FFFD (which would hide the problem and shift columns).
 */
export interface DecodedText {
  text?: string;
  diagnostics: Diagnostic[];
}

// One decoder for every file: `fatal` makes invalid sequences throw; BOM handling stays ours.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const BOM = "\uFEFF";

/**
 * Decodes `bytes` as UTF-8, reporting rather than throwing.
 *
 * @param file path named in diagnostics
 * @param maxBytes files larger than this are rejected before decoding
 */
export function readText(file: string, bytes: Uint8Array, maxBytes: number): DecodedText {
  if (bytes.byteLength > maxBytes) {
    return failure(file, "file-too-large", 1, 1, `file is larger than the ${formatBytes(maxBytes)} limit`, "split the document, or raise `personas.maxFileBytes` in the settings file");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return failure(file, "binary-file", line, column, "file contains NUL bytes, so it looks binary rather than Markdown", "save it as UTF-8 text");
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return failure(file, "encoding", line, column, "file is not valid UTF-8", "re-save it with UTF-8 encoding");
  }
  return { text: text.startsWith(BOM) ? text.slice(1) : text, diagnostics: [] };
}

function failure(file: string, rule: string, line: number, column: number, message: string, suggestion: string): DecodedText {
  return { diagnostics: [diagnostic({ file, line, column, severity: "error", rule, message, suggestion })] };
}

/** 1-based line, and column counted in bytes, of the byte at `index`. */
function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/** Index of the first byte that starts an invalid UTF-8 sequence (the decoder does not tell us). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return 0;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const [length, min, max] = leadRange(b0);
  if (length === 0) return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined) return 0;
    // Only the first continuation byte has a lead-dependent range (overlongs, surrogates, > U+10FFFF).
    const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
    if (b < lo || b > hi) return 0;
  }
  return length;
}

/** Sequence length and the allowed range of the first continuation byte, per RFC 3629. */
function leadRange(b0: number): [number, number, number] {
  if (b0 >= 0xc2 && b0 <= 0xdf) return [2, 0x80, 0xbf];
  if (b0 === 0xe0) return [3, 0xa0, 0xbf];
  if (b0 === 0xed) return [3, 0x80, 0x9f];
  if (b0 >= 0xe1 && b0 <= 0xef) return [3, 0x80, 0xbf];
  if (b0 === 0xf0) return [4, 0x90, 0xbf];
  if (b0 === 0xf4) return [4, 0x80, 0x8f];
  if (b0 >= 0xf1 && b0 <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB (${bytes} bytes)` : `${bytes}-byte`;
}
