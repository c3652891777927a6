import { describe, expect, it } from "vitest";
import { createScoreTally, parseScore } from "../../../src/core/survey/create-score-tally.js";

const question = { column: "CI?", phase: "building", label: "Building" };

function tally(answers: readonly string[], scale = { min: 1, max: 5 }, minResponses = 3) {
  const scores = createScoreTally(scale);
  for (const answer of answers) scores.add(parseScore(answer), answer);
  return scores.summarise(question, minResponses);
}

describe("parseScore", () => {
  it.each([
    ["3", 3],
    [" 4 ", 4],
    ["5 - Very satisfied", 5],
    ["1: Not at all", 1],
    ["2.0", 2],
    ["7", 7],
    ["3.5", 3.5],
    ["3,5", 3.5],
    ["", "empty"],
    ["   ", "empty"],
  ])("reads %j as %j", (answer, expected) => {
    expect(parseScore(answer)).toBe(expected);
  });

  it("reads text as not a number", () => {
    expect(parseScore("four")).toBeNaN();
  });
});

describe("createScoreTally", () => {
  it("counts every point of the scale, zero-filled, with the median and the dissatisfied share", () => {
    const stats = tally(["1", "2", "2", "4", "5"]);
    expect(stats.distribution).toEqual({ "1": 1, "2": 2, "3": 0, "4": 1, "5": 1 });
    expect(stats.n).toBe(5);
    expect(stats.median).toBe(2);
    expect(stats.dissatisfiedShare).toBe(3 / 5);
  });

  it("takes the midpoint for an even number of answers", () => {
    expect(tally(["2", "3", "4", "5"]).median).toBe(3.5);
  });

  it("counts skipped, out-of-range and non-numeric answers instead of dropping them", () => {
    const stats = tally(["3", "", "0", "7", "3.5", "four", "four"]);
    expect({ n: stats.n, skipped: stats.skipped, outOfRange: stats.outOfRange, notANumber: stats.notANumber }).toEqual({
      n: 1,
      skipped: 1,
      outOfRange: 3,
      notANumber: 2,
    });
    expect(stats.rejectedExamples[0]).toEqual({ value: "four", count: 2 });
  });

  it("has no median or share without answers, and flags the small sample", () => {
    const stats = tally(["", "x"]);
    expect(stats.median).toBeNull();
    expect(stats.dissatisfiedShare).toBeNull();
    expect(stats.smallSample).toBe(true);
  });

  it("uses the configured scale: the bottom two points of 0–10 are 0 and 1", () => {
    const stats = tally(["0", "1", "10", "9"], { min: 0, max: 10 });
    expect(Object.keys(stats.distribution)).toHaveLength(11);
    expect(stats.dissatisfiedShare).toBe(0.5);
  });
});
