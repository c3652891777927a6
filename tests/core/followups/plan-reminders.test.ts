import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/core/config/parse-config.js";
import { planReminders, type ReminderSubject } from "../../../src/core/followups/plan-reminders.js";
import { lastReminderAt, renderReminderMarker } from "../../../src/core/followups/reminder-marker.js";

const config = parseConfig("followups:\n  remindDaysBefore: 3\n  reminderIntervalDays: 7\n").config;

function subject(issue: number, due: string, extra: Partial<ReminderSubject> = {}): ReminderSubject {
  return { issue, meeting: 10, title: `Step ${issue}`, url: `https://github.com/acme/app/issues/${issue}`, state: "open", notPlanned: false, due, assignees: ["dana"], owner: "@acme/ci-team", dropped: false, ...extra };
}

const NOW = new Date("2027-01-08T09:00:00Z");

describe("planReminders", () => {
  it("reminds steps due within the window and overdue ones, and no others", () => {
    const plan = planReminders([subject(1, "2027-01-11"), subject(2, "2027-01-12"), subject(3, "2027-01-05"), subject(4, "2027-01-08")], NOW, config);
    expect(plan.reminders.map((r) => [r.issue, r.kind, r.days])).toEqual([
      [1, "due-soon", 3],
      [3, "overdue", -3],
      [4, "due-soon", 0],
    ]);
  });

  it("mentions the assignees, else the owner, and carries the time in its marker", () => {
    const [withAssignee, withOwner] = planReminders([subject(1, "2027-01-10"), subject(2, "2027-01-04", { assignees: [] })], NOW, config).reminders;
    expect(withAssignee!.body).toContain("@dana, a reminder: this next step is **due on 2027-01-10**, in 2 days.");
    expect(withOwner!.body).toContain("@acme/ci-team, a reminder: this next step was **due on 2027-01-04** and is 4 days overdue.");
    expect(withOwner!.body.startsWith(renderReminderMarker(NOW))).toBe(true);
  });

  it("sends at most one reminder per interval", () => {
    const reminded = subject(1, "2027-01-05", { lastReminderAt: new Date("2027-01-02T09:00:00Z") });
    expect(planReminders([reminded], new Date("2027-01-09T08:59:59Z"), config).reminders).toEqual([]);
    expect(planReminders([reminded], new Date("2027-01-09T08:59:59Z"), config).skipped).toEqual([{ issue: 1, reason: expect.stringContaining("reminded on 2027-01-02") }]);
    expect(planReminders([reminded], new Date("2027-01-09T09:00:00Z"), config).reminders.map((r) => r.issue)).toEqual([1]);
  });

  it("leaves closed, dropped and undated steps alone", () => {
    const { due: _, ...undated } = subject(3, "2027-01-05");
    const plan = planReminders([subject(1, "2027-01-05", { state: "closed" }), subject(2, "2027-01-05", { dropped: true }), undated], NOW, config);
    expect(plan).toEqual({ reminders: [], skipped: [] });
  });
});

describe("lastReminderAt", () => {
  it("finds the latest marker among the comments", () => {
    const bodies = ["hello", `${renderReminderMarker(new Date("2027-01-01T00:00:00Z"))}\nx`, `${renderReminderMarker(new Date("2027-01-05T10:00:00Z"))}\ny`];
    expect(lastReminderAt(bodies, NOW)?.toISOString()).toBe("2027-01-05T10:00:00.000Z");
    expect(lastReminderAt(["no marker"], NOW)).toBeUndefined();
  });

  it("counts a marker from the future as now, so it cannot silence reminders for longer", () => {
    expect(lastReminderAt([renderReminderMarker(new Date("2030-01-01T00:00:00Z"))], NOW)).toEqual(NOW);
  });
});
