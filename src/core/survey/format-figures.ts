/** Numbers as the reports print them, independent of the machine's locale. */

/** 1532 → "1,532". */
export function formatCount(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 0.4215 → "42%"; anything above zero but below half a percent → "<1%". */
export function formatShare(value: number | null): string {
  if (value === null) return "–";
  if (value > 0 && value < 0.005) return "<1%";
  return `${Math.round(value * 100)}%`;
}

/** A median, which may fall halfway between two points: 3 → "3", 3.5 → "3.5". */
export function formatMedian(value: number | null): string {
  return value === null ? "–" : String(value);
}

/** "1 comment", "2 comments". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
