/** A parsed GitHub issue-search query: qualifiers plus free-text terms. */
export interface SearchQuery {
  qualifiers: { key: string; value: string; negated: boolean }[];
  terms: string[];
}

const TOKEN = /(-?)([a-zA-Z-]+):("[^"]*"|\S+)|"([^"]*)"|(\S+)/g;

/** Splits `q` into qualifiers (`label:"persona: SRE"`, `-label:x`, `repo:o/r`) and terms (words or quoted phrases). */
export function parseSearchQuery(q: string): SearchQuery {
  const query: SearchQuery = { qualifiers: [], terms: [] };
  for (const match of q.matchAll(TOKEN)) {
    const [, negation, key, value, phrase, word] = match;
    if (key !== undefined && value !== undefined) {
      query.qualifiers.push({ key: key.toLowerCase(), value: unquote(value), negated: negation === "-" });
    } else {
      const term = phrase ?? word;
      if (term !== undefined && term !== "" && !["AND", "OR"].includes(term)) query.terms.push(term);
    }
  }
  return query;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
}
