/** One thing wrong with a champion handle, located at the `champions:` line of the doc that names it. */
export interface ChampionProblem {
  /** The persona whose doc names the handle; the fallback champions come from the settings file. */
  owner: { id: string; name: string };
  file: string;
  line: number;
  handle: string;
  severity: "error" | "warning";
  rule: ChampionRule;
  message: string;
  suggestion: string;
}

export type ChampionRule =
  | "champion-unknown"
  | "champion-not-a-person"
  | "champion-not-member"
  | "champion-no-write-access"
  | "team-unknown"
  | "team-empty"
  | "team-other-org";
