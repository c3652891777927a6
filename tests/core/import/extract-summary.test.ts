import { describe, expect, it } from "vitest";
import { extractSummary, firstSentence } from "../../../src/core/import/extract-summary.js";
import { parseSource } from "../../../src/core/import/parse-source.js";

describe("firstSentence", () => {
  it("stops at the first sentence end followed by a capital, a digit or the end", () => {
    expect(firstSentence("Builds services. Runs them too.")).toBe("Builds services.");
    expect(firstSentence("Owns tools, e.g. the CI templates. Also docs.")).toBe("Owns tools, e.g. the CI templates.");
    expect(firstSentence("Ships? Always!")).toBe("Ships?");
    expect(firstSentence("No full stop at all")).toBe("No full stop at all");
  });
});

describe("extractSummary", () => {
  const summaryOf = (markdown: string) => extractSummary(parseSource(markdown).children);

  it("takes plain text from the first paragraph under Role Summary", () => {
    expect(summaryOf("### Goals\n\nNot this.\n\n### Role Summary\n\n> quote\n\nRuns the **[pager](#x)** and `oncall`\nrotation. More.")).toBe(
      "Runs the pager and oncall rotation.",
    );
  });

  it("gives nothing when Role Summary has no paragraph before the next heading, or it is 160 characters or more", () => {
    expect(summaryOf("### Role Summary\n\n- a list\n\n### Goals\n\nText.")).toBeUndefined();
    expect(summaryOf(`### Role Summary\n\n${"a".repeat(159)}.`)).toBeUndefined();
    expect(summaryOf(`### Role Summary\n\n${"a".repeat(158)}.`)).toHaveLength(159);
  });
});
