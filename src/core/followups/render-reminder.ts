import { plural } from "../survey/format-figures.js";
import { renderReminderMarker } from "./reminder-marker.js";
import type { ReminderSubject } from "./plan-reminders.js";

/**
 * A reminder comment. It mentions the assignees (or, when nobody is assigned, the owner handle from
 * the checklist line) so that it notifies the people who can act, says when the step is due and what
 * to do either way, and carries the marker that spaces reminders out.
 */
export function renderReminder(subject: ReminderSubject, days: number, now: Date, intervalDays: number): string {
  const who = addressees(subject);
  const greeting = who === "" ? "A reminder" : `${who}, a reminder`;
  const when =
    days < 0
      ? `this next step was **due on ${subject.due ?? "?"}** and is ${plural(-days, "day")} overdue.`
      : days === 0
        ? `this next step is **due today** (${subject.due ?? "?"}).`
        : `this next step is **due on ${subject.due ?? "?"}**, in ${plural(days, "day")}.`;
  const advice =
    days < 0
      ? `If it is done, close this issue. If the date no longer holds, change \`due:\` on the step's line in #${subject.meeting} and say why there, so the plan stays honest. Overdue steps are listed in the meeting's progress digest.`
      : `When it is done, close this issue: the review meeting #${subject.meeting} follows its progress. If the date no longer holds, change \`due:\` on the step's line there.`;
  return [
    renderReminderMarker(now),
    `${greeting}: ${when}`,
    advice,
    `_persona-governance reminds at most once every ${plural(intervalDays, "day")} until the step is closed._`,
  ].join("\n\n");
}

function addressees(subject: ReminderSubject): string {
  const logins = subject.assignees.filter((login) => /^[A-Za-z0-9-]{1,39}$/.test(login));
  if (logins.length > 0) return logins.map((login) => `@${login}`).join(" ");
  return subject.owner !== undefined && /^@[\w.-]+(?:\/[\w.-]+)?$/.test(subject.owner) ? subject.owner : "";
}
