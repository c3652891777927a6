import { describe, expect, it } from "vitest";
import { messageCell } from "../../../action/report/message-cell.js";

describe("messageCell", () => {
  it("keeps the message's code spans as code and escapes the text around them", () => {
    expect(messageCell("link `sre.md#goal`: no heading *goal* in `personas/sre.md`")).toBe(
      "link `sre.md#goal`: no heading \\*goal\\* in `personas/sre.md`",
    );
  });

  it("neither pings nor renders HTML outside code spans, and leaves code spans literal", () => {
    expect(messageCell("cc @octocat <img src=x> `@acme/team <b>`")).toBe("cc @\u200Doctocat \\<img src=x\\> `@acme/team <b>`");
  });

  it("escapes a span holding a pipe or a backslash as plain text, so the table cannot split", () => {
    const cell = messageCell("heading `a|b` and `c\\d`");
    expect(cell).toBe("heading \\`a\\|b\\` and \\`c\\\\d\\`");
    expect(cell.split(/(?<!\\)\|/)).toHaveLength(1);
  });

  it("treats an unmatched backtick as text", () => {
    expect(messageCell("odd ` tick")).toBe("odd \\` tick");
  });

  it("keeps lines apart with <br> and drops blank ones", () => {
    expect(messageCell("first\n\n  second `x`  \r\n")).toBe("first<br>second `x`");
  });
});
