import type { Config } from "../config/config-schema.js";
import { daysBetween, daysUntil } from "./calendar-date.js";
import { renderReminder } from "./render-reminder.js";
import type { StepProgress } from "./step-progress.js";

/** A step's tracking issue with when we last reminded anyone about it. */
export interface ReminderSubject extends StepProgress {
  /** The review-meeting issue the step was agreed in. */
  meeting: number;
  /** From the latest reminder comment's marker (`lastReminderAt`); undefined when never reminded. */
  lastReminderAt?: Date;
}

export interface ReminderDecision {
  issue: number;
  kind: "due-soon" | "overdue";
  /** Days left; negative when overdue. */
  days: number;
  /** The comment to post, hidden marker included. */
  body: string;
  reason: string;
}

export interface ReminderSkip {
  issue: number;
  reason: string;
}

export interface ReminderPlan {
  reminders: ReminderDecision[];
  /** Open steps that are due soon or overdue but were reminded within the interval. */
  skipped: ReminderSkip[];
}

/**
 * Which tracking issues get a reminder now: open, followed-up steps that are due within
 * `remindDaysBefore` days or overdue, and were not reminded in the last `reminderIntervalDays`
 * days. Pure: `now` is the only clock, and the last reminder comes from the issues' own comments.
 */
export function planReminders(subjects: readonly ReminderSubject[], now: Date, config: Pick<Config, "followups">): ReminderPlan {
  const { remindDaysBefore, reminderIntervalDays } = config.followups;
  const plan: ReminderPlan = { reminders: [], skipped: [] };
  for (const subject of [...subjects].sort((a, b) => a.issue - b.issue)) {
    if (subject.state !== "open" || subject.dropped || subject.due === undefined) continue;
    const days = daysUntil(subject.due, now);
    if (days === undefined || days > remindDaysBefore) continue;
    const last = subject.lastReminderAt;
    if (last !== undefined && daysBetween(last, now) < reminderIntervalDays) {
      plan.skipped.push({ issue: subject.issue, reason: `reminded on ${last.toISOString().slice(0, 10)}; the next reminder is due ${reminderIntervalDays} days after that` });
      continue;
    }
    const kind = days < 0 ? "overdue" : "due-soon";
    plan.reminders.push({
      issue: subject.issue,
      kind,
      days,
      body: renderReminder(subject, days, now, config.followups.reminderIntervalDays),
      reason: kind === "overdue" ? `overdue since ${subject.due}` : `due on ${subject.due}, within ${remindDaysBefore} days`,
    });
  }
  return plan;
}
