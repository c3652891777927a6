import { describe, expect, it } from "vitest";
import { parseYaml } from "../../../src/core/yaml/parse-yaml.js";

describe("parseYaml", () => {
  it("locates nested keys and sequence items, shifted by the line offset", () => {
    const parsed = parseYaml("a: 1\nb:\n  c: [1, 2]\n  d: x\n", 1);
    expect(parsed.value).toEqual({ a: 1, b: { c: [1, 2], d: "x" } });
    expect(parsed.locate(["b", "d"])).toEqual({ line: 5, column: 3 });
    expect(parsed.locate(["b", "c", 1])).toEqual({ line: 4, column: 10 });
  });

  it("rejects a billion-laughs document instead of expanding it", () => {
    const rows = ["a: &a [x,x,x,x,x,x,x,x,x]"];
    for (const [name, prev] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"]]) rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    const parsed = parseYaml(rows.join("\n"));
    expect(parsed.value).toBeUndefined();
    expect(parsed.errors[0]?.message).toMatch(/too many aliases/);
  });

  it("rejects duplicate keys", () => {
    expect(parseYaml("a: 1\na: 2\n").errors[0]).toMatchObject({ line: 2, message: "Map keys must be unique" });
  });

  it("never constructs code from tags", () => {
    const parsed = parseYaml("x: !!js/function 'function () { return 1 }'\n");
    expect(typeof (parsed.value as { x?: unknown } | undefined)?.x).not.toBe("function");
  });
});
