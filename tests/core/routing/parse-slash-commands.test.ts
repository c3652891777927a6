import { describe, expect, it } from "vitest";
import { MAX_COMMANDS_PER_COMMENT, parseSlashCommands } from "../../../src/core/routing/parse-slash-commands.js";

const names = (body: string) => parseSlashCommands(body).map((c) => [c.name, c.argument]);

describe("parseSlashCommands", () => {
  it("reads each known command with its argument and line", () => {
    const body =
      "Thanks!\n/persona Web Developer\n/decline too much work for now\n/answered\n/handoff @bob\n/accept\n/reject we ask this already";
    expect(parseSlashCommands(body)).toEqual([
      { name: "persona", word: "persona", argument: "Web Developer", line: 2 },
      { name: "decline", word: "decline", argument: "too much work for now", line: 3 },
      { name: "answered", word: "answered", argument: "", line: 4 },
      { name: "handoff", word: "handoff", argument: "@bob", line: 5 },
      { name: "accept", word: "accept", argument: "", line: 6 },
      { name: "reject", word: "reject", argument: "we ask this already", line: 7 },
    ]);
  });

  it("keeps unknown commands as unknown, with the word as typed", () => {
    expect(parseSlashCommands("/Assign me")).toEqual([{ name: "unknown", word: "assign", argument: "me", line: 1 }]);
  });

  it("is case-insensitive for the command word and tolerates CRLF and up to three spaces of indent", () => {
    expect(names("  /ANSWERED\r\n   /Persona  SRE  \r\n")).toEqual([
      ["answered", ""],
      ["persona", "SRE"],
    ]);
  });

  it("ignores commands in fenced code, indented code and quotes", () => {
    const body = [
      "```",
      "/decline inside a fence",
      "```",
      "~~~~text",
      "/answered",
      "~~~~",
      "    /answered indented code",
      "> /decline quoted from someone",
      ">/decline quoted without a space",
      "/answered",
    ].join("\n");
    expect(names(body)).toEqual([["answered", ""]]);
  });

  it("ignores slashes that are not at the start of a line, and paths", () => {
    expect(names("please run /answered later\n/usr/bin/env\n/ persona\n//comment")).toEqual([]);
  });

  it("keeps a fence open until a long enough closing fence", () => {
    expect(names("````\n```\n/answered\n````\n/answered")).toEqual([["answered", ""]]);
  });

  it(`reads at most ${MAX_COMMANDS_PER_COMMENT} commands`, () => {
    expect(parseSlashCommands("/answered\n".repeat(50))).toHaveLength(MAX_COMMANDS_PER_COMMENT);
  });
});
