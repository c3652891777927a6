import { personaLabelName } from "../persona/persona-label.js";
import type { Persona } from "../persona/persona.js";
import { pickAssignees } from "../routing/pick-assignees.js";
import { MAX_ASSIGNEES } from "../routing/routing-writes.js";
import { renderPersonaReport } from "../survey/render-persona-report.js";
import type { PersonaAnalysis } from "../survey/survey-analysis.js";
import { renderTemplate } from "../templates/render-template.js";
import { inlineCode, neutralizeMentions, safeInline } from "../text/safe-markdown.js";
import { fitBody } from "./fit-body.js";
import { wrapGenerated } from "./generated-part.js";
import type { DesiredIssue, PublishInput } from "./publication.js";
import { PAIN_POINT_LABEL } from "./publish-labels.js";
import { analysisMarker } from "./publish-markers.js";
import { describeFullReport, renderTruncatedNote } from "./truncated-note.js";

/** A persona that gets no analysis issue, and why. */
export interface SkippedPersona {
  persona: string;
  reason: string;
}

export interface AnalysisIssuePlan {
  issues: DesiredIssue[];
  skipped: SkippedPersona[];
}

/**
 * One analysis issue per persona that respondents chose: the persona's report, labelled `pain-point`
 * and with the persona label, for its champions. Team champions are expanded through `teamMembers`
 * (team `org/slug` → logins, filled in by the caller) by `routing.strategy`, as questions are.
 * Retired personas and personas nobody chose get no issue.
 */
export function planAnalysisIssues(input: PublishInput, teamMembers: Readonly<Record<string, readonly string[]>>): AnalysisIssuePlan {
  const { published, skipped } = selectPublishedPersonas(input);
  const issues = published.map(({ persona, result, index }) => planAnalysisIssue(input, persona, result, index, teamMembers));
  return { issues, skipped };
}

export interface PublishedPersona {
  persona: Persona;
  result: PersonaAnalysis;
  /** Position in the analysis, which spreads a shared champion team's members over its personas. */
  index: number;
}

/**
 * The personas that get an analysis issue (active or draft, chosen by at least one respondent) and
 * why the others do not: cheap, so callers can ask before anything is rendered.
 */
export function selectPublishedPersonas(input: Pick<PublishInput, "analysis" | "personas">): { published: PublishedPersona[]; skipped: SkippedPersona[] } {
  const docs = new Map(input.personas.map((persona) => [persona.id, persona]));
  const published: PublishedPersona[] = [];
  const skipped: SkippedPersona[] = [];
  input.analysis.personas.forEach((result, index) => {
    const persona = docs.get(result.id);
    if (persona === undefined) skipped.push({ persona: result.name, reason: "no persona doc has this id" });
    else if (persona.status === "retired") skipped.push({ persona: result.name, reason: "the persona is retired" });
    else if (result.responses === 0) skipped.push({ persona: result.name, reason: "no respondent chose this persona" });
    else published.push({ persona, result, index });
  });
  return { published, skipped };
}

function planAnalysisIssue(
  input: PublishInput,
  persona: Persona,
  result: PersonaAnalysis,
  index: number,
  teamMembers: Readonly<Record<string, readonly string[]>>,
): DesiredIssue {
  const generated = renderAnalysisGenerated(input, persona, result);
  const picked = pickAssignees({
    champions: persona.champions,
    strategy: input.config.routing.strategy,
    teamMembers,
    // The issue has no number before it exists; the persona's position spreads a shared team's
    // members over the personas it champions.
    issueNumber: index,
    seed: `${input.cycle}\u0000${persona.id}`,
    covered: [],
  });
  const notes = picked.emptyTeams.map((team) => `champion team ${team} has no members this token can see, so nobody from it is assigned`);
  if (persona.champions.length === 0) notes.push("the persona has no champions, so nobody is assigned");
  const marker = analysisMarker(persona.id, input.cycle);
  return {
    kind: "analysis",
    marker,
    repo: input.repo,
    subject: persona.name,
    key: persona.id,
    title: `${input.cycle} survey: ${persona.name} pain points`,
    body: `${marker}\n${wrapGenerated(generated)}\n\n${renderTemplate("publish/analysis-notes.md", {})}`,
    generated,
    labels: [PAIN_POINT_LABEL, personaLabelName(persona, input.config)],
    assignees: picked.logins.slice(0, MAX_ASSIGNEES),
    notes,
  };
}

function renderAnalysisGenerated(input: PublishInput, persona: Persona, result: PersonaAnalysis): string {
  const champions = persona.champions.length === 0 ? "none named yet" : persona.champions.map((handle) => neutralizeMentions(handle.handle)).join(", ");
  const render = (limit: number): string =>
    renderTemplate("publish/analysis-issue.md", {
      persona: safeInline(persona.name),
      cycle: safeInline(input.cycle),
      source: inlineCode(input.source),
      champions,
      report: renderPersonaReport(input.analysis, result, { headingLevel: 2, commentsPerCategory: limit }).trimEnd(),
    });
  const fitted = fitBody(render, input.analysis.commentCap);
  if (!fitted.reduced) return fitted.text;
  const what = fitted.cut
    ? "Some sections of this report were left out"
    : `This description shows at most ${fitted.commentLimit} raw comments per category`;
  return `${fitted.text}\n\n${renderTruncatedNote(what, describeFullReport(input))}`;
}
