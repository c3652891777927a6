import { describe, expect, it } from "vitest";
import { resolvePhases } from "../../../src/core/config/resolve-phases.js";
import { buildCommentMatcher } from "../../../src/core/survey/build-comment-matcher.js";
import { createWordStemmer } from "../../../src/core/survey/create-word-stemmer.js";
import { surveyConfig, TOOLS } from "./survey-builders.js";

const phases = resolvePhases(surveyConfig());
const matcher = buildCommentMatcher(phases, TOOLS, createWordStemmer());

function phasesHit(text: string): string[] {
  return matcher.match(text).categories.map((hit) => phases[hit.phase]!.id);
}

function wordsFor(text: string, phase: string): string[] {
  return matcher.match(text).categories.find((hit) => phases[hit.phase]!.id === phase)?.words ?? [];
}

describe("buildCommentMatcher: inflections through the Porter stemmer", () => {
  it.each([
    ["tests", "testing"],
    ["Testing takes forever", "testing"],
    ["it was tested twice", "testing"],
    ["so flaky", "testing"],
    ["the flakiness is unbearable", "testing"],
    ["flakes everywhere", "testing"],
    ["deploying takes ages", "release-and-deployment"],
    ["deploys fail", "release-and-deployment"],
    ["our deployments are manual", "release-and-deployment"],
    ["reviewers are slow", "code-review"],
    ["too many alerts", "monitoring-and-alerting"],
    ["dependencies break", "dependency-management"],
    ["compiling is slow", "building"],
  ])("%j is about %s", (text, phase) => {
    expect(phasesHit(text)).toContain(phase);
  });

  // What Porter does not do, stated so nobody relies on it: irregular forms and words that merely
  // contain a keyword are not matched.
  it.each([
    ["it built fine", "building"],
    ["a testament to patience", "testing"],
    ["the latest contest", "testing"],
    ["printing is broken", "code-review"],
  ])("%j is not about %s", (text, phase) => {
    expect(phasesHit(text)).not.toContain(phase);
  });
});

describe("buildCommentMatcher: phrases, tools and explanations", () => {
  it("matches multi-word keywords on consecutive words only", () => {
    expect(wordsFor("waiting on a pull request", "code-review")).toEqual(["pull request"]);
    expect(wordsFor("pull the request", "code-review")).toEqual([]);
  });

  it("treats a hyphen and a space alike", () => {
    expect(phasesHit("on call is exhausting")).toContain("monitoring-and-alerting");
    expect(phasesHit("on-call is exhausting")).toContain("monitoring-and-alerting");
  });

  it("names tools by name or alias, multi-word and with punctuation, and counts their phase", () => {
    const match = matcher.match("GitHub Actions and gha runners, plus Node.js and C++ toolchains, and Slack");
    expect(match.tools.map((index) => TOOLS[index]!.name)).toEqual(["GitHub Actions", "Node.js", "C++", "Slack"]);
    expect(wordsFor("GitHub Actions queue", "building")).toEqual(["github actions", "queue"]);
    // Names match word for word: another spelling needs an alias.
    expect(matcher.match("github action").tools).toEqual([]);
    expect(phasesHit("Node.js upgrades")).toContain("dependency-management");
  });

  it("does not match a tool inside another word", () => {
    expect(matcher.match("nodejs").tools).toEqual([]);
    expect(matcher.match("slacking off").tools).toEqual([]);
  });

  it("lets one comment hit several categories and records the words for each", () => {
    const match = matcher.match("Flaky tests in CI, and Jenkins queues are slow");
    expect(match.categories.map((hit) => [phases[hit.phase]!.id, hit.words, hit.keywords])).toEqual([
      ["building", ["ci", "jenkins", "queues"], ["ci", "Jenkins", "queue"]],
      ["testing", ["flaky", "tests"], ["flaky", "test"]],
    ]);
  });

  it("leaves a comment with no keyword uncategorised", () => {
    expect(matcher.match("the coffee machine is broken")).toEqual({ categories: [], tools: [] });
  });
});
