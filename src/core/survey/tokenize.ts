/**
 * Words of free text, lower-cased: runs of letters and digits in any script, keeping the dots of names
 * such as `node.js` and trailing `+`/`#` of `c++` and `c#`. Apostrophes and hyphens split words, so
 * `on-call` and `on call` give the same tokens, as do `team's` and `team s`.
 */
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

/** Splits `text` into lower-cased words (see the module comment for what counts as one). */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  // Most comments are plain ASCII; a character scan is several times faster than the Unicode regex
  // and gives the same words. Anything else goes through the regex.
  return scanAscii(lower) ?? lower.match(WORD) ?? [];
}

function scanAscii(text: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code >= 128) return undefined;
    if (!isAlphanumeric(code)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < length && isAlphanumeric(text.charCodeAt(i))) i++;
      // A dot continues the word only when a letter or digit follows (node.js, but not "end.").
      if (i + 1 < length && text.charCodeAt(i) === 46 && isAlphanumeric(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    while (i < length && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++;
    if (i < length && text.charCodeAt(i) >= 128) return undefined;
    words.push(text.slice(start, i));
  }
  return words;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}
