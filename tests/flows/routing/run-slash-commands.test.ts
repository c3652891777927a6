import { describe, expect, it } from "vitest";
import { findAppCommands } from "../../../src/flows/routing/run-slash-commands.js";

describe("findAppCommands", () => {
  it("finds the commands the App answers; a quoted command is not one", () => {
    expect(findAppCommands("/accept\n/persona SRE\n> /decline quoted").map((c) => [c.name, c.argument])).toEqual([
      ["accept", ""],
      ["persona", "SRE"],
    ]);
  });

  it("keeps unknown commands, which get an explanation", () => {
    expect(findAppCommands("/shrug").map((c) => c.name)).toEqual(["unknown"]);
  });
});
