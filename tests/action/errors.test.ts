import { describe, expect, it } from "vitest";
import { describeError, InputError } from "../../action/errors.js";

describe("describeError", () => {
  it("shows an input error as written, since it already says what to fix", () => {
    expect(describeError(new InputError("Input 'command' must be one of: validate (got 'x')"))).toBe(
      "Input 'command' must be one of: validate (got 'x')",
    );
  });

  it("prefixes other errors so the step says which tool failed", () => {
    expect(describeError(new Error("EACCES: permission denied"))).toBe("persona-governance failed: EACCES: permission denied");
  });

  it("falls back to the error's name when the message is empty", () => {
    expect(describeError(new RangeError(""))).toBe("persona-governance failed: RangeError");
  });

  it.each([
    ["a string", "boom", "string: boom"],
    ["undefined", undefined, "undefined: undefined"],
    ["a number", 42, "number: 42"],
  ])("describes a thrown %s", (_label, value, expected) => {
    expect(describeError(value)).toBe(`persona-governance failed: a non-error value was thrown (${expected})`);
  });

  it("survives a thrown value that cannot be turned into a string", () => {
    expect(describeError(Object.create(null))).toBe("persona-governance failed: a non-error value was thrown (object)");
  });
});
