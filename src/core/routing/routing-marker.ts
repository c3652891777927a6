import { z } from "zod";
import type { BotComment, ExistingState } from "./issue-facts.js";

/**
 * Hidden markers in the App's comments. The App is stateless: what it did to an issue lives in the
 * issue itself, and these markers are how it finds that again. Only comments written by the App's own
 * bot user may be passed in here; anyone can type a marker into a comment of their own.
 */
export const ROUTING_MARKER = "<!-- persona-governance:routing -->";
const STATE_PREFIX = "<!-- persona-governance:routing-state ";
const REPLY_PATTERN = /<!-- persona-governance:reply (\d{1,15}) -->/;

/** Where the routed persona came from; a human's choice (label, command) outranks the form later. */
export type PersonaSource = "form" | "label" | "command" | "mention";

/** What the routing comment records about the last routing, so the next event can build on it. */
export interface RoutingRecord {
  /** Persona id routed to; absent while the issue needs a persona. */
  persona?: string;
  source?: PersonaSource;
  /** Logins the App assigned for this persona. A person later unassigned by hand is not re-added. */
  assigned: string[];
}

const recordSchema = z.object({
  persona: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  source: z.enum(["form", "label", "command", "mention"]).optional(),
  assigned: z
    .array(z.string().regex(/^[A-Za-z0-9-]{1,39}$/))
    .max(100)
    .default([]),
});

/** The two hidden lines that start every routing comment. Nothing in them comes from user text. */
export function renderRoutingMarkers(record: RoutingRecord): string {
  const state: Record<string, unknown> = {};
  if (record.persona !== undefined) state["persona"] = record.persona;
  if (record.source !== undefined) state["source"] = record.source;
  state["assigned"] = record.assigned;
  return `${ROUTING_MARKER}\n${STATE_PREFIX}${JSON.stringify(state)} -->`;
}

/** Reads the record back out of a routing comment; a damaged or missing record reads as empty. */
export function readRoutingRecord(body: string | undefined): RoutingRecord {
  const start = body?.indexOf(STATE_PREFIX) ?? -1;
  if (body === undefined || start < 0) return { assigned: [] };
  const end = body.indexOf(" -->", start);
  if (end < 0) return { assigned: [] };
  try {
    const parsed = recordSchema.safeParse(JSON.parse(body.slice(start + STATE_PREFIX.length, end)));
    if (!parsed.success) return { assigned: [] };
    const { persona, source, assigned } = parsed.data;
    return { assigned, ...(persona === undefined ? {} : { persona }), ...(source === undefined ? {} : { source }) };
  } catch {
    return { assigned: [] };
  }
}

/** The marker that ties a reply to the command comment it answers. */
export function renderReplyMarker(commandCommentId: number): string {
  return `<!-- persona-governance:reply ${commandCommentId} -->`;
}

/**
 * Sorts the App's own comments on an issue into the routing comment (the first one carrying the
 * marker) and the command comments already answered.
 */
export function readBotComments(comments: readonly BotComment[]): ExistingState {
  const routing = comments.find((comment) => comment.body.includes(ROUTING_MARKER));
  const repliedTo = comments.flatMap((comment) => {
    const match = REPLY_PATTERN.exec(comment.body);
    return match ? [Number(match[1])] : [];
  });
  return routing === undefined ? { repliedTo } : { routingComment: routing, repliedTo };
}
