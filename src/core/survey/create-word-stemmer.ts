import { stemmer } from "stemmer";

/**
 * Porter stems, so `tests`, `testing` and `tested` all become `test`. Only plain English words are
 * stemmed: `node.js`, `c++`, numbers and words in other scripts are kept as they are, because Porter's
 * rules would mangle them.
 *
 * Stemming is the costliest step per word, and survey vocabulary repeats heavily, so stems are cached.
 * The cache stops growing at `capacity` distinct words to keep memory flat on enormous exports; words
 * beyond it are simply stemmed each time.
 */
export function createWordStemmer(capacity = 100_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const stem = isPlainEnglishWord(word) ? stemmer(word) : word;
    if (cache.size < capacity) cache.set(word, stem);
    return stem;
  };
}

function isPlainEnglishWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}
