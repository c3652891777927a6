/**
 * A question's text reduced to what a reader would call "the same question": case, punctuation and
 * spacing ignored (`Build & CI speed (1–5)?` and `build ci speed 1 5` are equal). Used to catch a
 * question asked twice and to match survey export headers, which survey tools like to re-punctuate.
 * Letters and digits of every script are kept, so non-English questions stay distinct.
 */
export function normaliseQuestionText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
