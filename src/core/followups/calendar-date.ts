/**
 * Due dates are calendar days written `YYYY-MM-DD`, with no time zone: a step due on 2027-01-15 is due
 * that whole day. Comparisons with "now" use UTC days, so every front end (and every App instance)
 * agrees on how many days are left whatever the machine's time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 2027-02-30). */
export function isCalendarDate(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function dayNumber(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(time / DAY_MS);
}

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export function calendarDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Whole days from the UTC day of `now` to `due`: 0 on the due day, negative once it has passed.
 * Undefined when `due` is not a real date.
 */
export function daysUntil(due: string, now: Date): number | undefined {
  const target = dayNumber(due);
  if (target === undefined) return undefined;
  return target - Math.floor(now.getTime() / DAY_MS);
}

/** Whole days elapsed between two instants (rounded down); negative when `later` is before `earlier`. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}
