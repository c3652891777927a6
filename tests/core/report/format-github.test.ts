import { describe, expect, it } from "vitest";
import { diagnostic } from "../../../src/core/diagnostics/diagnostic.js";
import { escapeData, escapeProperty, formatGithub } from "../../../src/core/report/format-github.js";

describe("formatGithub", () => {
  it("writes one workflow command per diagnostic, with the rule as title and the suggestion on a second line", () => {
    const text = formatGithub([
      diagnostic({ file: "personas/sre.md", line: 12, column: 5, severity: "error", rule: "broken-link", message: "link `x.md` is broken", suggestion: "did you mean `y.md`?" }),
      diagnostic({ file: "personas/web.md", line: 1, column: 1, severity: "warning", rule: "section-recommended", message: "add a Workflow section" }),
    ]);
    expect(text).toBe(
      "::error file=personas/sre.md,line=12,col=5,title=broken-link::link `x.md` is broken%0ASuggestion: did you mean `y.md`?\n" +
        "::warning file=personas/web.md,line=1,col=1,title=section-recommended::add a Workflow section\n",
    );
  });

  it("escapes data and properties as the Actions toolkit does", () => {
    expect(escapeData("100% done\r\nnext: a, b")).toBe("100%25 done%0D%0Anext: a, b");
    expect(escapeProperty("dir: a,b%/x.md")).toBe("dir%3A a%2Cb%25/x.md");
  });

  it("keeps a hostile file name or message from ending the command early", () => {
    const [line] = formatGithub([diagnostic({ file: "p/a,line=1::x.md", line: 2, column: 3, severity: "error", rule: "r", message: "a\n::error::injected\u001b[31m" })]).split("\n");
    expect(line).toBe("::error file=p/a%2Cline=1%3A%3Ax.md,line=2,col=3,title=r::a%0A::error::injected [31m");
  });
});
