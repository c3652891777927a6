import { describe, expect, it } from "vitest";
import { readText } from "../../../src/core/persona/read-text.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readText", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(readText("a.md", utf8("\uFEFFname: Ünïcode"), 100)).toEqual({ text: "name: Ünïcode", diagnostics: [] });
  });

  it("rejects files over the limit without decoding them", () => {
    const [d] = readText("a.md", utf8("x".repeat(11)), 10).diagnostics;
    expect(d).toMatchObject({ rule: "file-too-large", line: 1, column: 1, severity: "error", message: "file is larger than the 10-byte limit" });
    expect(readText("a.md", utf8("x".repeat(10)), 10).text).toBe("x".repeat(10));
  });

  it("reports NUL bytes as a binary file at their position", () => {
    const [d] = readText("a.md", utf8("ab\ncd\0e"), 100).diagnostics;
    expect(d).toMatchObject({ rule: "binary-file", line: 2, column: 3 });
  });

  it.each([
    ["a lone continuation byte", bytes(0x61, 0x0a, 0x62, 0x80), 2, 2],
    ["an overlong encoding", bytes(0xc0, 0xaf), 1, 1],
    ["a UTF-16 surrogate", bytes(0x61, 0xed, 0xa0, 0x80), 1, 2],
    ["a truncated sequence", bytes(0x61, 0x62, 0xe2, 0x82), 1, 3],
    ["Latin-1 text", bytes(0x63, 0x61, 0x66, 0xe9), 1, 4],
  ])("reports invalid UTF-8 (%s) at the offending byte", (_name, input, line, column) => {
    const decoded = readText("a.md", input, 100);
    expect(decoded.text).toBeUndefined();
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ rule: "encoding", line, column, suggestion: "re-save it with UTF-8 encoding" })]);
  });
});
