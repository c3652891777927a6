/**
 * Our reminder comments carry the time they were posted in a hidden marker. That is the only state
 * reminders need: the next run reads the latest marker on an issue and knows whether the interval has
 * passed, so any number of runs (or App instances) send at most one reminder per interval.
 */
const REMINDER_PATTERN = /<!-- persona-governance:next-step-reminder at=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z) -->/g;

/** The hidden first line of a reminder comment posted at `at`. */
export function renderReminderMarker(at: Date): string {
  return `<!-- persona-governance:next-step-reminder at=${at.toISOString()} -->`;
}

/**
 * When the latest reminder among these comment bodies was posted; undefined when none carries a
 * marker. A marker dated in the future (a clock that was wrong, or a hand-written marker) counts as
 * posted now at the latest, so it cannot silence reminders for longer than one interval.
 */
export function lastReminderAt(bodies: readonly string[], now: Date): Date | undefined {
  let latest: number | undefined;
  for (const body of bodies) {
    for (const match of body.matchAll(REMINDER_PATTERN)) {
      const time = Date.parse(match[1]!);
      if (Number.isFinite(time) && (latest === undefined || time > latest)) latest = time;
    }
  }
  if (latest === undefined) return undefined;
  return new Date(Math.min(latest, now.getTime()));
}
