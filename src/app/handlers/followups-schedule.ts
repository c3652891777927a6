import type { Probot } from "probot";
import { listOpenMeetings } from "../../flows/followups/find-meeting.js";
import { loadProgramFromGitHub } from "../../flows/followups/load-program-from-github.js";
import { remindFollowups } from "../../flows/followups/remind-followups.js";
import { createOctokitGateway } from "../../github/create-octokit-gateway.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { parseRepoRef } from "../../github/repo-ref.js";

/** How the reminder timer runs; `now`, `random` and `timers` are injected so tests need no real clock. */
export interface FollowupScheduleOptions {
  intervalMinutes: number;
  dryRun: boolean;
  now: () => Date;
  /** 0 ≤ x < 1; where in the first interval the first run falls. */
  random?: () => number;
  timers?: Timers;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  setInterval(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface FollowupSchedule {
  /** Runs one round now (the timer calls this); resolves with what was done, in log lines. */
  runOnce(): Promise<string[]>;
  stop(): void;
}

const DEFAULT_INTERVAL_MINUTES = 60;

/** `FOLLOWUPS_INTERVAL_MINUTES`: a whole number of minutes, 0 for off. A bad value stops start-up. */
export function readFollowupsInterval(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.FOLLOWUPS_INTERVAL_MINUTES?.trim();
  if (raw === undefined || raw === "") return DEFAULT_INTERVAL_MINUTES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`FOLLOWUPS_INTERVAL_MINUTES must be a whole number of minutes (0 turns reminders off), got "${raw}"`);
  return value;
}

/**
 * Probot has no scheduler, so the App runs its reminders from a timer of its own: every
 * `FOLLOWUPS_INTERVAL_MINUTES` (default 60; 0 turns it off) it walks its installations and, in each
 * repository with an open review meeting, sends the due reminders and updates the digest. The job is
 * safe with several App instances: reminders are spaced by the markers in the reminder comments (the
 * only state), the digest is rewritten only when its content changed, and each instance starts at a
 * random point of the interval, so instances rarely run the same repository at the same moment. A
 * deployment that prefers an external scheduler sets the interval to 0 and runs
 * `persona-gov followups remind` (or the Action on `schedule`) instead.
 *
 * Starts the timer (unless the interval is 0) and returns a handle to run a round now or stop it.
 */
export function startFollowupSchedule(app: Probot, options: FollowupScheduleOptions): FollowupSchedule {
  const timers = options.timers ?? nodeTimers;
  let running: Promise<string[]> | undefined;
  const runOnce = (): Promise<string[]> => {
    // A round still going when the next tick comes is not started twice.
    running ??= runRound(app, options).finally(() => {
      running = undefined;
    });
    return running;
  };
  const tick = () => {
    runOnce().then(
      (lines) => lines.forEach((line) => app.log.info(line)),
      (error: unknown) => app.log.error({ err: error }, "follow-up reminders failed"),
    );
  };
  const handles: unknown[] = [];
  if (options.intervalMinutes > 0) {
    const interval = options.intervalMinutes * 60_000;
    const delay = Math.floor((options.random ?? Math.random)() * interval);
    handles.push(timers.setTimeout(() => {
      tick();
      handles.push(timers.setInterval(tick, interval));
    }, delay));
  }
  return { runOnce, stop: () => handles.forEach((handle) => timers.clear(handle)) };
}

async function runRound(app: Probot, options: FollowupScheduleOptions): Promise<string[]> {
  const lines: string[] = [];
  const appOctokit = await app.auth();
  const installations = await appOctokit.paginate("GET /app/installations", { per_page: 100 });
  for (const installation of installations) {
    try {
      lines.push(...(await remindInstallation(app, installation.id, options)));
    } catch (error) {
      // One installation that cannot be reached (suspended, say) must not stop the others.
      lines.push(`follow-up reminders: installation ${installation.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return lines;
}

async function remindInstallation(app: Probot, installationId: number, options: FollowupScheduleOptions): Promise<string[]> {
  const lines: string[] = [];
  const octokit = await app.auth(installationId);
  const repositories = await octokit.paginate("GET /installation/repositories", { per_page: 100 });
  for (const repository of repositories) {
    const ref = parseRepoRef(repository.full_name);
    if (ref === undefined || repository.archived) continue;
    try {
      const line = await remindRepository(createOctokitGateway(octokit, ref), options);
      if (line !== undefined) lines.push(`follow-up reminders: ${repository.full_name}: ${line}`);
    } catch (error) {
      lines.push(`follow-up reminders: ${repository.full_name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return lines;
}

/** One repository: nothing (one request) without an open meeting, else its reminders and digest. */
async function remindRepository(gateway: GitHubGateway, options: FollowupScheduleOptions): Promise<string | undefined> {
  const meetings = await listOpenMeetings(gateway);
  if (meetings.length === 0) return undefined;
  const program = await loadProgramFromGitHub(gateway);
  const result = await remindFollowups({ gateway, program, now: options.now(), dryRun: options.dryRun });
  const reminders = result.meetings.reduce((sum, meeting) => sum + meeting.reminders.reminders.length, 0);
  const failed = result.meetings.flatMap((meeting) => meeting.outcomes).filter((outcome) => outcome.status === "failed").length;
  return `${result.meetings.length} meeting(s), ${reminders} reminder(s)${failed > 0 ? `, ${failed} failed write(s)` : ""}`;
}

const nodeTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  setInterval: (callback, ms) => setInterval(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
