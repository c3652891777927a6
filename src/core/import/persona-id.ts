const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `personas/README.md` is the generated directory, so no persona may be called that. */
const RESERVED = new Set(["readme"]);

/**
 * The persona id for a section: its GitHub anchor, so the id matches the links people already use.
 * A slug that is not valid kebab-case (accents, underscores, doubled hyphens) is folded to ASCII
 * kebab-case, and a clash with an id already taken gets a numeric suffix.
 *
 * @param slug the github-slugger slug of the section heading
 * @param taken ids given out so far; the chosen id is added to it
 */
export function choosePersonaId(slug: string, taken: Set<string>): string {
  const base = KEBAB.test(slug) ? slug : toKebab(slug);
  let id = base;
  for (let n = 2; taken.has(id) || RESERVED.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function toKebab(text: string): string {
  const kebab = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return kebab === "" ? "persona" : kebab;
}
