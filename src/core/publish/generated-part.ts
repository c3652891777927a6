import { GENERATED_END, GENERATED_START } from "./publish-markers.js";

/** The generated text between its two markers, as a new body holds it. */
export function wrapGenerated(generated: string): string {
  return `${GENERATED_START}\n${generated.replace(/\n+$/, "")}\n${GENERATED_END}`;
}

export type GeneratedReplacement =
  | { status: "unchanged"; body: string }
  | { status: "replaced"; body: string }
  | { status: "missing-markers" };

// A checked task (`- [x] rest`) in the old generated part stays checked in the new one when the rest
// of its line is the same: people tick attendees off in the browser, and a re-run must not undo it.
const TASK = /^([ \t]{0,3}[-*+][ \t]+)\[([ xX])\]([ \t]+.*)$/;

/**
 * Puts `generated` between the markers of an existing body and leaves every other byte as it was:
 * what people wrote before, after, or in place of other sections (the agreed next steps) is theirs.
 * Text equal to the current generated part apart from line endings counts as unchanged, because the
 * browser rewrites a whole body with CRLF when anyone edits it. When someone deleted a marker there is
 * no telling what is generated, so nothing is replaced.
 */
export function replaceGeneratedPart(body: string, generated: string): GeneratedReplacement {
  const start = body.indexOf(GENERATED_START);
  const end = start < 0 ? -1 : body.indexOf(GENERATED_END, start + GENERATED_START.length);
  if (start < 0 || end < 0) return { status: "missing-markers" };
  const innerStart = start + GENERATED_START.length;
  const old = body.slice(innerStart, end);
  const next = `\n${keepCheckedTasks(old, generated.replace(/\n+$/, ""))}\n`;
  if (normalise(old) === normalise(next)) return { status: "unchanged", body };
  return { status: "replaced", body: `${body.slice(0, innerStart)}${next}${body.slice(end)}` };
}

/** The generated part of a body, without its markers; undefined when a marker is missing. */
export function readGeneratedPart(body: string): string | undefined {
  const start = body.indexOf(GENERATED_START);
  const end = start < 0 ? -1 : body.indexOf(GENERATED_END, start + GENERATED_START.length);
  return start < 0 || end < 0 ? undefined : body.slice(start + GENERATED_START.length, end);
}

function keepCheckedTasks(old: string, generated: string): string {
  const checked = new Map(
    normalise(old)
      .split("\n")
      .flatMap((line) => {
        const task = TASK.exec(line);
        return task !== null && task[2] !== " " ? [[`${task[1]}${task[3]}`, task[2] ?? "x"] as const] : [];
      }),
  );
  if (checked.size === 0) return generated;
  return generated
    .split("\n")
    .map((line) => {
      const task = TASK.exec(line);
      const mark = task === null || task[2] !== " " ? undefined : checked.get(`${task[1]}${task[3]}`);
      return task === null || mark === undefined ? line : `${task[1]}[${mark}]${task[3]}`;
    })
    .join("\n");
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
