const MAX_WORDS = 6;
const MAX_LENGTH = 48;

/**
 * A kebab-case id for a question that arrives without one (an accepted proposal): the first few words
 * of its text, ASCII letters and digits only, made unique against `taken` with `-2`, `-3`, … A text
 * with no usable word gets `question`.
 *
 * @example questionIdFromText("How fast are your builds, really?") // "how-fast-are-your-builds-really"
 */
export function questionIdFromText(text: string, taken: Iterable<string> = []): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
    .slice(0, MAX_WORDS);
  let base = "";
  for (const word of words) {
    const next = base === "" ? word : `${base}-${word}`;
    if (next.length > MAX_LENGTH) break;
    base = next;
  }
  if (base === "") base = words[0]?.slice(0, MAX_LENGTH) ?? "question";
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}
