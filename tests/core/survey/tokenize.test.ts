import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/core/survey/tokenize.js";

describe("tokenize", () => {
  it.each([
    ["Flaky tests, and SLOW builds!", ["flaky", "tests", "and", "slow", "builds"]],
    ["node.js and C++ and C# and F#", ["node.js", "and", "c++", "and", "c#", "and", "f#"]],
    ["on-call is rough", ["on", "call", "is", "rough"]],
    ["the team's CI", ["the", "team", "s", "ci"]],
    ["end of sentence. Next", ["end", "of", "sentence", "next"]],
    ["v1.2.3 released", ["v1.2.3", "released"]],
    ["Déploiement lent, für Ünïcode", ["déploiement", "lent", "für", "ünïcode"]],
    ["", []],
  ])("splits %j", (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it("gives the same words on its ASCII fast path as the Unicode rule", () => {
    const unicodeRule = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ9 .+#-'_é\n".split("")), maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(text.toLowerCase().match(unicodeRule) ?? []);
      }),
      { numRuns: 500 },
    );
  });
});
