import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";

/** The webhook event that asked for routing. */
export type RoutingEvent = "opened" | "edited" | "labeled";

/**
 * What the routing core knows about one issue, read from the webhook payload (or a fresh GET) by the
 * caller. Logins and label names are as GitHub returns them.
 */
export interface IssueFacts {
  number: number;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  author: string;
  state: "open" | "closed";
  event: RoutingEvent;
  /** For `labeled`: the label that was added. */
  labelAdded?: string;
}

/** A comment the App wrote earlier, as found among the issue's comments by the App's own bot user. */
export interface BotComment {
  id: number;
  body: string;
}

/** The App's earlier writes on the issue that are not visible in `IssueFacts`. */
export interface ExistingState {
  /** Our routing comment, recognised by `ROUTING_MARKER`. */
  routingComment?: BotComment;
  /** Ids of command comments we already replied to (from reply markers). */
  repliedTo: number[];
}

/** Everything besides the issue that a routing decision depends on. All of it is plain data. */
export interface RoutingContext {
  personas: readonly Persona[];
  config: Pick<Config, "labels" | "routing">;
  /** Members of each champion team, keyed `org/slug`, expanded by the caller. Missing = unknown. */
  teamMembers: Readonly<Record<string, readonly string[]>>;
  existing: ExistingState;
  /**
   * Seed for the `random` strategy. Pass something stable for the issue (for example
   * `owner/repo#number`): every event for the issue then picks the same person. A delivery id also
   * works for redeliveries, and a team that already has an assignee is never picked again anyway.
   */
  seed: string;
}

/** Routing context plus the comment that holds the slash commands being decided. */
export interface CommandContext extends RoutingContext {
  /** The command comment's id: reactions go on it, and our reply is tied to it. */
  commentId: number;
  /**
   * Reactions the App already left on that comment, when the caller looked. GitHub ignores a
   * repeated reaction anyway, so an empty list only costs a redundant request on redelivery.
   */
  reactions: readonly ("+1" | "confused")[];
}
