import { hashText } from "../survey/hash-text.js";

/**
 * The identity of a step before it is linked to a tracking issue: a hash of its text, normalised so
 * that case, punctuation, spacing and Markdown emphasis do not matter. Once the checklist line links
 * `#n`, the issue number is the identity and this key only helps to re-link a line whose link was
 * deleted. The owner, due date and persona are left out on purpose: changing them must update the
 * step, not make a new one.
 */
export function stepKey(text: string): string {
  return `s${hashText(normaliseStepText(text)).toString(36)}`;
}

/** Lower-cased words of the text, without punctuation or Markdown, joined by single spaces. */
export function normaliseStepText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
