import { z } from "zod";

/**
 * The hidden lines at the top of every tracking issue. The first names the meeting and the step's
 * stable key, so a re-run finds the issue again; the second records what the step said when we last
 * wrote the issue, so a re-run can tell a changed line (update the issue) from a human's edit of the
 * issue itself (leave it alone), and knows whom it assigned. The App is stateless: this is its memory.
 */
const MARKER_PATTERN = /<!-- persona-governance:next-step meeting=(\d{1,10}) key=([a-z0-9]{1,40}) -->/;
const STATE_PREFIX = "<!-- persona-governance:next-step-state ";

/** What a tracking issue records about the step it tracks. */
export interface TrackingRecord {
  meeting: number;
  key: string;
  text: string;
  /** `@user` or `@org/team`, as the line gave it. */
  owner?: string;
  /** `YYYY-MM-DD`. */
  due?: string;
  persona?: string;
  pain?: string;
  cycle?: string;
  /** Logins we assigned, so that a person someone unassigned by hand is not assigned again. */
  assigned: string[];
  /**
   * Whether the issue was closed when we last synced it (and so whether its box was ticked). Comparing
   * it with the box and the issue now tells which side someone changed since.
   */
  closed: boolean;
  /** Removed from the checklist: no reminders, not counted in the digest, listed as dropped. */
  dropped: boolean;
}

const stateSchema = z.object({
  text: z.string().max(1000),
  owner: z.string().max(140).optional(),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  persona: z.string().max(100).optional(),
  pain: z.string().max(100).optional(),
  cycle: z.string().max(100).optional(),
  assigned: z.array(z.string().regex(/^[A-Za-z0-9-]{1,39}$/)).max(100).default([]),
  closed: z.boolean().default(false),
  dropped: z.boolean().default(false),
});

/** The first hidden line of a tracking issue: which meeting agreed the step, and the step's key. */
export function trackingMarker(meeting: number, key: string): string {
  return `<!-- persona-governance:next-step meeting=${meeting} key=${key} -->`;
}

/**
 * Both hidden lines. `<` and `>` in the JSON are escaped, so no text from the step can close the HTML
 * comment (`-->`) or open another one.
 */
export function renderTrackingMarkers(record: TrackingRecord): string {
  const state: Record<string, unknown> = { text: record.text };
  for (const key of ["owner", "due", "persona", "pain", "cycle"] as const) {
    const value = record[key];
    if (value !== undefined) state[key] = value;
  }
  state["assigned"] = record.assigned;
  state["closed"] = record.closed;
  state["dropped"] = record.dropped;
  const json = JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return `${trackingMarker(record.meeting, record.key)}\n${STATE_PREFIX}${json} -->`;
}

/** Reads the record back from an issue body; undefined when the body is not one of our tracking issues. */
export function readTrackingRecord(body: string): TrackingRecord | undefined {
  const marker = MARKER_PATTERN.exec(body);
  if (!marker) return undefined;
  const base = { meeting: Number(marker[1]), key: marker[2]! };
  const state = readState(body);
  if (state === undefined) return { ...base, text: "", assigned: [], closed: false, dropped: false };
  const record: TrackingRecord = { ...base, text: state.text, assigned: state.assigned, closed: state.closed, dropped: state.dropped };
  for (const key of ["owner", "due", "persona", "pain", "cycle"] as const) {
    const value = state[key];
    if (value !== undefined) record[key] = value;
  }
  return record;
}

function readState(body: string): z.output<typeof stateSchema> | undefined {
  const start = body.indexOf(STATE_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(" -->", start);
  if (end < 0) return undefined;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(body.slice(start + STATE_PREFIX.length, end)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
