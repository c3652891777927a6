const DAY_MS = 86_400_000;

/**
 * Whole calendar days from `now` to `date` (`YYYY-MM-DD`), both taken in UTC: 0 on the day itself,
 * negative once it has passed. Calendar days rather than elapsed hours, so the count does not change
 * with the time of day a job happens to run.
 */
export function daysUntil(date: string, now: Date): number {
  const [year, month, day] = date.split("-").map(Number);
  const target = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((target - today) / DAY_MS);
}

/** "45 days left", "due today", "passed 3 days ago". */
export function describeDaysLeft(days: number): string {
  if (days === 0) return "due today";
  if (days > 0) return `${days} ${days === 1 ? "day" : "days"} left`;
  const ago = -days;
  return `passed ${ago} ${ago === 1 ? "day" : "days"} ago`;
}

/** The `YYYY-MM-DD` of an instant, in UTC. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
