import type { Config } from "../../core/config/config-schema.js";
import { defaultConfig } from "../../core/config/parse-config.js";
import { touchesProgram } from "./touches-program.js";

/** What a `push` event says, reduced to what the App acts on. */
export interface PushFacts {
  /** e.g. `refs/heads/main`. */
  ref: string;
  defaultBranch: string;
  /** The branch was deleted. */
  deleted: boolean;
  /** Paths added, modified or removed by the pushed commits. */
  changedPaths: string[];
  /**
   * False when the paths may be incomplete: GitHub lists at most 20 commits in a push payload, and a
   * forced push can drop commits whose changes the payload does not show.
   */
  complete: boolean;
}

/**
 * Whether a push changed the persona program on the default branch: the settings file, the persona
 * docs or the survey questions, by the settings in force (the defaults when they could not be read).
 * When the payload may not list every change, the answer is yes: syncing once too often costs a few
 * reads, missing a change leaves the repository out of sync.
 */
export function isProgramPush(push: PushFacts, config: Config | undefined): boolean {
  if (push.deleted || push.ref !== `refs/heads/${push.defaultBranch}`) return false;
  return !push.complete || touchesProgram(push.changedPaths, config ?? defaultConfig());
}
