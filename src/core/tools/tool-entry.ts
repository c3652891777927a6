/**
 * One tool in the tool index: who uses it, how, how many people that reaches, who owns it, and what
 * the latest survey said about it. Infrastructure teams read this before building or replacing a tool.
 */
export interface ToolEntry {
  /** The registry's name, or, for a tool only workflow maps name, the first spelling found. */
  name: string;
  aliases: string[];
  /** Whether the settings' `tools` registry holds it. */
  registered: boolean;
  /** The registry's phase id for it. */
  phase: string | null;
  /** The owning team or person, as a handle (`@org/team`). */
  owner: string | null;
  url: string | null;
  /** Each persona workflow step that names the tool, by persona id, then in the doc's order. */
  uses: ToolUse[];
  /** Ids of the personas using it, in `uses` order. */
  personas: string[];
  reach: ToolReach;
  /** Mentions in the survey analysis given, or null without one. */
  survey: ToolSurveyMentions | null;
}

export interface ToolUse {
  persona: string;
  personaName: string;
  phase: string;
  /** The phase's display name, or the id when the phase is unknown. */
  phaseName: string;
  /** How the persona uses the tools in this phase, as the doc says. */
  how: string;
  /** The tool's name as the doc wrote it (may be an alias). */
  written: string;
}

/**
 * The sum of the using personas' sizes. People can belong to several personas, so this is the reach
 * if nobody overlaps: an upper bound on distinct people, and a lower bound when some sizes are unknown.
 */
export interface ToolReach {
  people: number;
  /** Personas without a `size`, which add an unknown number. */
  unsized: string[];
  /** Sub-personas whose parent (or an ancestor) also uses the tool: their people are in the parent's size. */
  countedInParent: string[];
}

export interface ToolSurveyMentions {
  cycle: string | null;
  /** Respondents whose comments name the tool. */
  mentions: number;
  /** Respondents naming it, per persona, most first. */
  byPersona: { persona: string; mentions: number }[];
}
