import type { ToolDefinition } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import { tokenize } from "./tokenize.js";

/**
 * Explainable categorisation: a comment belongs to a phase when one of the phase's keyword phrases, or
 * the name or an alias of a tool registered for that phase, appears in it on word boundaries. Keywords
 * and comments go through the same tokenizer and Porter stemmer, so `flaky tests` matches the keyword
 * `test`. Tool names and aliases go through the same tokenizer but match word for word, without
 * stemming: they are names, and stemming would make `slacking` name Slack. Other spellings of a tool
 * belong in its aliases.
 */
export interface CommentMatcher {
  match(text: string): CommentMatch;
}

export interface CommentMatch {
  /** Hit categories, ascending by phase index. */
  categories: CategoryHit[];
  /** Indices into the tools list of the tools named, ascending and distinct. */
  tools: number[];
}

export interface CategoryHit {
  phase: number;
  /** The comment's own words that matched (multi-word phrases joined by a space), distinct. */
  words: string[];
  /** The configured keywords or tool names behind the match, distinct. */
  keywords: string[];
}

interface Phrase {
  /** Stems for keywords; lower-cased words for tool names (`exact`). */
  stems: string[];
  exact: boolean;
  phase: number;
  tool: number;
  keyword: string;
}

/** Compiles the phases' keywords and the tools' names and aliases into a matcher. */
export function buildCommentMatcher(
  phases: readonly PhaseDefinition[],
  tools: readonly ToolDefinition[],
  stem: (word: string) => string,
): CommentMatcher {
  const index = indexPhrases(listPhrases(phases, tools, stem));
  const lookup = createWordLookup(index, stem);
  // Reused between calls: matching is synchronous, and this saves an allocation per comment.
  const stems: string[] = [];
  const starts: (Phrase[] | undefined)[] = [];
  return {
    match(text) {
      const words = tokenize(text);
      const categories: CategoryHit[] = [];
      const toolHits: number[] = [];
      // Entries past words.length are stale from longer comments and never read.
      let anyCandidate = false;
      for (let i = 0; i < words.length; i++) {
        const info = lookup(words[i]!);
        stems[i] = info.stem;
        starts[i] = info.phrases;
        anyCandidate ||= info.phrases !== undefined;
      }
      if (!anyCandidate) return { categories, tools: toolHits };
      for (let i = 0; i < words.length; i++) {
        const candidates = starts[i];
        if (candidates === undefined) continue;
        for (const phrase of candidates) {
          if (!matchesAt(phrase.stems, phrase.exact ? words : stems, i, words.length)) continue;
          const surface = phrase.stems.length === 1 ? words[i]! : words.slice(i, i + phrase.stems.length).join(" ");
          if (phrase.tool >= 0 && !toolHits.includes(phrase.tool)) toolHits.push(phrase.tool);
          if (phrase.phase >= 0) recordHit(categories, phrase, surface);
        }
      }
      if (categories.length > 1) categories.sort((a, b) => a.phase - b.phase);
      if (toolHits.length > 1) toolHits.sort((a, b) => a - b);
      return { categories, tools: toolHits };
    },
  };
}

interface WordInfo {
  stem: string;
  /** Phrases starting with this word's stem. */
  phrases: Phrase[] | undefined;
}

// One cache lookup per word gives both its stem and the phrases it may start. Bounded like the
// stemmer's own cache, so an export with an endless vocabulary cannot grow memory without limit.
function createWordLookup(index: Map<string, Phrase[]>, stem: (word: string) => string): (word: string) => WordInfo {
  const cache = new Map<string, WordInfo>();
  return (word) => {
    let info = cache.get(word);
    if (info === undefined) {
      const stemmed = stem(word);
      const byStem = index.get(stemmed)?.filter((phrase) => !phrase.exact) ?? [];
      const byWord = index.get(word)?.filter((phrase) => phrase.exact) ?? [];
      const phrases = [...byStem, ...byWord];
      info = { stem: stemmed, phrases: phrases.length === 0 ? undefined : phrases };
      if (cache.size < WORDS_CACHED) cache.set(word, info);
    }
    return info;
  };
}

const WORDS_CACHED = 100_000;

function listPhrases(
  phases: readonly PhaseDefinition[],
  tools: readonly ToolDefinition[],
  stem: (word: string) => string,
): Phrase[] {
  const phaseIndex = new Map(phases.map((phase, index) => [phase.id, index]));
  const phrases: Phrase[] = [];
  const add = (text: string, phase: number, tool: number, keyword: string): void => {
    const exact = tool >= 0;
    const words = tokenize(text);
    const stems = exact ? words : words.map(stem);
    if (stems.length > 0) phrases.push({ stems, exact, phase, tool, keyword });
  };
  phases.forEach((phase, index) => {
    for (const keyword of phase.keywords) add(keyword, index, -1, keyword);
  });
  tools.forEach((tool, index) => {
    const phase = tool.phase === undefined ? -1 : (phaseIndex.get(tool.phase) ?? -1);
    for (const name of [tool.name, ...tool.aliases]) add(name, phase, index, tool.name);
  });
  return phrases;
}

function indexPhrases(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.stems[0]!;
    const list = index.get(first) ?? [];
    const duplicate = list.some(
      (other) =>
        other.phase === phrase.phase &&
        other.tool === phrase.tool &&
        other.exact === phrase.exact &&
        other.stems.join(" ") === phrase.stems.join(" "),
    );
    if (!duplicate) list.push(phrase);
    index.set(first, list);
  }
  return index;
}

function matchesAt(phrase: readonly string[], stems: readonly string[], start: number, end: number): boolean {
  if (start + phrase.length > end) return false;
  for (let j = 1; j < phrase.length; j++) {
    if (stems[start + j] !== phrase[j]) return false;
  }
  return true;
}

function recordHit(categories: CategoryHit[], phrase: Phrase, surface: string): void {
  let hit = categories.find((category) => category.phase === phrase.phase);
  if (hit === undefined) {
    hit = { phase: phrase.phase, words: [], keywords: [] };
    categories.push(hit);
  }
  if (!hit.words.includes(surface)) hit.words.push(surface);
  // A tool named like a phase keyword ("Bazel" and "bazel") is one reason, not two.
  const keyword = phrase.keyword.toLowerCase();
  if (!hit.keywords.some((existing) => existing.toLowerCase() === keyword)) hit.keywords.push(phrase.keyword);
}
