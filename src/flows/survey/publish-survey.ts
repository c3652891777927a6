import type { Config } from "../../core/config/config-schema.js";
import type { Persona } from "../../core/persona/persona.js";
import { planAnalysisIssues, selectPublishedPersonas } from "../../core/publish/plan-analysis-issues.js";
import { planHeadsUps } from "../../core/publish/plan-heads-ups.js";
import { planMeetingIssue } from "../../core/publish/plan-meeting-issue.js";
import type { IssueLink, PublishInput } from "../../core/publish/publication.js";
import { HEADS_UP_LABEL, headsUpLabelSpecs, PAIN_POINT_LABEL, publishLabelSpecs, REVIEW_MEETING_LABEL } from "../../core/publish/publish-labels.js";
import { analysisMarker } from "../../core/publish/publish-markers.js";
import type { PublishReport } from "../../core/publish/publish-operation.js";
import type { PublishLinks } from "../../core/publish/render-heads-up.js";
import type { SurveyAnalysis } from "../../core/survey/survey-analysis.js";
import { SurveyInputError } from "../../core/survey/survey-input-error.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { formatRepoRef, parseRepoRef } from "../../github/repo-ref.js";
import { analyzeSurveyFile } from "./analyze-survey-file.js";
import { writeHeadsUpComments } from "./publish-heads-up-comments.js";
import { writeIssues, type IssueWrites } from "./publish-issues.js";
import { ensureLabels } from "./publish-labels.js";
import { listTeamMembers } from "./publish-team-members.js";

export interface PublishSurveyInput {
  gateway: GitHubGateway;
  /** Local path of the export to analyse. */
  path: string;
  /** How the issues name the export, e.g. its path in the repository. */
  source: string;
  config: Config;
  personas: readonly Persona[];
  now: Date;
  dryRun: boolean;
  /** Markdown saying where the complete report is, for descriptions cut to fit (see `PublishInput`). */
  fullReport?: string;
}

export interface PublishSurveyResult {
  analysis: SurveyAnalysis;
  report: PublishReport;
  links: PublishLinks;
}

/**
 * `survey publish`: analyses the export, then brings GitHub to the publication: an analysis issue per
 * persona, the cycle's review-meeting issue, and one heads-up per tool owner, each found again by its
 * hidden marker. Existing issues are found with one listing per label. Only what differs is written,
 * so a second run with the same export writes nothing; a dry run writes nothing at all.
 *
 * @throws SurveyInputError for an unusable export or mapping, or when no survey cycle is configured
 */
export async function publishSurvey(input: PublishSurveyInput): Promise<PublishSurveyResult> {
  const { gateway, dryRun } = input;
  const publish = await analyse(input);
  const selected = selectPublishedPersonas(publish);
  const personas = selected.published.map((entry) => entry.persona);
  const ids = new Set(personas.map((persona) => persona.id));
  const issueMode = input.config.survey.headsUp.mode === "issue";
  const headsUpGateway = headsUpTarget(gateway, input.config);
  const sameRepo = headsUpGateway === gateway;
  const operations = await ensureLabels(gateway, publishLabelSpecs(personas, input.config, issueMode && sameRepo), dryRun);

  const analyses = await publishAnalyses(gateway, publish, personas, dryRun);
  operations.push(...analyses.operations);
  const links: MutableLinks = { analysis: analyses.links };
  const meeting = planMeetingIssue(publish, personas, links);
  const meetings = await writeIssues(gateway, [meeting], await gateway.issues.list({ labels: [REVIEW_MEETING_LABEL], state: "all" }), dryRun);
  operations.push(...meetings.operations);
  const meetingLink = meetings.links.get(meeting.key);
  if (meetingLink !== undefined) links.meeting = meetingLink;

  if (issueMode) {
    const headsUps = planHeadsUps(publish, { personas: ids, links }).issues;
    if (headsUps.length > 0 && !sameRepo) operations.push(...(await ensureLabels(headsUpGateway, headsUpLabelSpecs(input.config), dryRun)));
    if (headsUps.length > 0) {
      const existing = await headsUpGateway.issues.list({ labels: [HEADS_UP_LABEL], state: "all" });
      operations.push(...(await writeIssues(headsUpGateway, headsUps, existing, dryRun)).operations);
    }
  } else {
    operations.push(...(await writeHeadsUpComments(gateway, { publish, personas: ids, analysisIssues: analyses.issues, links, dryRun })));
  }
  operations.push(...selected.skipped.map((skipped) => ({ action: "skipped" as const, target: "analysis-issue" as const, repo: publish.repo, subject: skipped.persona, reason: skipped.reason })));
  return { analysis: publish.analysis, report: { cycle: publish.cycle, repo: publish.repo, dryRun, operations }, links };
}

interface MutableLinks {
  analysis: ReadonlyMap<string, IssueLink>;
  meeting?: IssueLink;
}

async function analyse(input: PublishSurveyInput): Promise<PublishInput> {
  const analysis = await analyzeSurveyFile({ path: input.path, name: input.source, config: input.config, personas: input.personas });
  const cycle = analysis.cycle ?? input.config.survey.cycle;
  if (cycle === undefined || cycle === null) {
    throw new SurveyInputError(["survey.cycle is not set in the settings file. Publishing needs it (e.g. `cycle: 2026-H2`): each cycle gets its own issues, found again by cycle."]);
  }
  const repo = formatRepoRef(input.gateway.repoRef);
  const fullReport = input.fullReport === undefined ? {} : { fullReport: input.fullReport };
  return { analysis, personas: input.personas, config: input.config, cycle, repo, now: input.now, source: input.source, ...fullReport };
}

/**
 * The analysis issues. Champion teams are expanded (one request per team) only for the issues about
 * to be created, since assignees are only ever set on creation.
 */
async function publishAnalyses(gateway: GitHubGateway, publish: PublishInput, personas: readonly Persona[], dryRun: boolean): Promise<IssueWrites> {
  const existing = await gateway.issues.list({ labels: [PAIN_POINT_LABEL], state: "all" });
  const toCreate = personas.filter((persona) => !existing.some((issue) => issue.body.includes(analysisMarker(persona.id, publish.cycle))));
  const teamMembers = await listTeamMembers(gateway, toCreate.flatMap((persona) => persona.champions));
  return writeIssues(gateway, planAnalysisIssues(publish, teamMembers).issues, existing, dryRun);
}

function headsUpTarget(gateway: GitHubGateway, config: Config): GitHubGateway {
  const named = config.survey.headsUp.repo;
  const ref = named === undefined ? undefined : parseRepoRef(named);
  if (ref === undefined || formatRepoRef(ref).toLowerCase() === formatRepoRef(gateway.repoRef).toLowerCase()) return gateway;
  return gateway.forRepo(ref);
}
