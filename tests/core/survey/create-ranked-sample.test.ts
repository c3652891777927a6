import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRankedSample } from "../../../src/core/survey/create-ranked-sample.js";

describe("createRankedSample", () => {
  it("keeps exactly the smallest ranks, in rank order, whatever the arrival order", () => {
    const rank = fc.record({ primary: fc.integer({ min: 0, max: 2 }), secondary: fc.integer({ min: 0, max: 20 }), tiebreak: fc.nat(1000) });
    fc.assert(
      fc.property(fc.array(rank, { maxLength: 80 }), fc.integer({ min: 0, max: 12 }), (ranks, capacity) => {
        const sample = createRankedSample<number>(capacity);
        ranks.forEach((r, index) => sample.offer(r.primary, r.secondary, r.tiebreak, index));
        const compare = (a: number, b: number): number =>
          ranks[a]!.primary - ranks[b]!.primary || ranks[a]!.secondary - ranks[b]!.secondary || ranks[a]!.tiebreak - ranks[b]!.tiebreak;
        const expected = ranks.map((_, index) => index).sort(compare).slice(0, capacity);
        expect(sample.items().map((index) => ranks[index])).toEqual(expected.map((index) => ranks[index]));
      }),
    );
  });

  it("tells in advance whether it would keep an item", () => {
    const sample = createRankedSample<string>(1);
    sample.offer(0, 5, 0, "five");
    expect(sample.accepts(0, 6, 0)).toBe(false);
    expect(sample.accepts(0, 4, 0)).toBe(true);
    expect(createRankedSample<string>(0).accepts(0, 0, 0)).toBe(false);
  });
});
