import { renderTrackingMarkers, type TrackingRecord } from "./tracking-marker.js";

const FACT_KEYS = ["text", "owner", "due", "persona", "pain", "cycle"] as const;

/** Whether the step itself (not our bookkeeping) changed. */
export function factsChanged(a: TrackingRecord, b: TrackingRecord): boolean {
  return FACT_KEYS.some((key) => a[key] !== b[key]);
}

/** Whether anything in the record changed. */
export function recordChanged(a: TrackingRecord, b: TrackingRecord): boolean {
  return renderTrackingMarkers(a) !== renderTrackingMarkers(b);
}

/** What changed, in words for the plan. */
export function describeChanges(a: TrackingRecord, b: TrackingRecord): string[] {
  const names: Record<(typeof FACT_KEYS)[number], string> = { text: "text", owner: "owner", due: "due date", persona: "persona", pain: "pain point", cycle: "cycle" };
  const changed = FACT_KEYS.filter((key) => a[key] !== b[key]).map((key) => names[key]);
  if (a.key !== b.key && changed.length === 0) changed.push("key");
  if (a.dropped !== b.dropped) changed.push(b.dropped ? "marked dropped" : "restored");
  if (a.closed !== b.closed && changed.length === 0) changed.push(b.closed ? "recorded as done" : "recorded as open");
  return changed;
}

/** The body with only our hidden record replaced: a human's edits to the rest of it stay. */
export function replaceMarkers(body: string, before: TrackingRecord, after: TrackingRecord): string {
  const old = renderTrackingMarkers(before);
  return body.includes(old) ? body.replace(old, renderTrackingMarkers(after)) : `${renderTrackingMarkers(after)}\n${body.replace(/<!-- persona-governance:next-step(?:-state)? [^\n]*-->\n?/g, "")}`;
}
