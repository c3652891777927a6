import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { SurveyAnalysis } from "../survey/survey-analysis.js";

/** What `survey publish` writes, one kind per hidden marker. */
export type PublicationKind = "analysis" | "heads-up" | "meeting";

/**
 * An issue as it should be. The body is only ever rewritten between the generated markers, so
 * `generated` is what an update compares and replaces; `body` is the whole text for a new issue.
 * Titles and assignees are set when the issue is created and then left to people.
 */
export interface DesiredIssue {
  kind: PublicationKind;
  /** Hidden marker that finds the issue again. */
  marker: string;
  /** `owner/name` of the repository the issue belongs in. */
  repo: string;
  /** Who or what the issue is about, for reports: a persona name, an owner handle, the cycle. */
  subject: string;
  /** Persona id (analysis issues), owner key (heads-ups) or cycle (meeting): how links are looked up. */
  key: string;
  title: string;
  body: string;
  generated: string;
  labels: string[];
  assignees: string[];
  /** Notes for the report, e.g. champion teams that had no members to assign. */
  notes: string[];
}

/** A comment that `survey publish` owns entirely (heads-ups in `comment` mode). */
export interface DesiredComment {
  kind: "heads-up";
  marker: string;
  /** The persona whose analysis issue the comment goes on. */
  persona: string;
  subject: string;
  /** Owner key, as in `ownerKey`. */
  key: string;
  body: string;
}

/** Where an issue is, once it exists. */
export interface IssueLink {
  number: number;
  url: string;
}

/** Everything the planners read. `personas` are the full docs, for champions and labels. */
export interface PublishInput {
  analysis: SurveyAnalysis;
  personas: readonly Persona[];
  config: Pick<Config, "labels" | "survey" | "routing" | "tools">;
  cycle: string;
  /** `owner/name` of the repository being published to. */
  repo: string;
  now: Date;
  /** The export as people know it, e.g. `survey/2026-h2.csv`; named in the issues. */
  source: string;
  /**
   * Markdown saying where the complete report is, for descriptions cut to fit GitHub's size limit
   * (e.g. a link to the workflow run); defaults to the `survey analyze` command for `source`.
   */
  fullReport?: string;
}
