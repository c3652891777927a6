import type { Persona } from "../persona/persona.js";
import { smallSampleSentence } from "../survey/describe-caveats.js";
import { formatCount, formatShare, plural } from "../survey/format-figures.js";
import type { PersonaAnalysis } from "../survey/survey-analysis.js";
import { renderTemplate } from "../templates/render-template.js";
import { inlineCode, safeInline, tableCell } from "../text/safe-markdown.js";
import { collectHeadsUps, type HeadsUpGroup } from "./collect-heads-ups.js";
import { daysUntil, describeDaysLeft, isoDay } from "./days-until.js";
import { wrapGenerated } from "./generated-part.js";
import { NEXT_STEP_LINE_FORMAT, NEXT_STEPS_HEADING, NEXT_STEPS_HEADING_LINE, NEXT_STEPS_HELP_MARKER, renderNextStepLine } from "./next-step-format.js";
import type { DesiredIssue, PublishInput } from "./publication.js";
import { REVIEW_MEETING_LABEL } from "./publish-labels.js";
import { meetingMarker } from "./publish-markers.js";
import { linkTo, type PublishLinks } from "./render-heads-up.js";
import { renderMeetingAttendees } from "./render-meeting-attendees.js";

/**
 * The review-meeting issue of the cycle: the top pain points of every published persona side by side,
 * the attendees (champions and tool owners), the planning deadline with the days left at `now`, and
 * the "Agreed next steps" section that people fill in and the follow-ups read. Only the generated part
 * is ever rewritten; the next-steps section sits after it and belongs to people.
 */
export function planMeetingIssue(input: PublishInput, published: readonly Persona[], links: PublishLinks): DesiredIssue {
  const ids = new Set(published.map((persona) => persona.id));
  const results = input.analysis.personas.filter((persona) => ids.has(persona.id));
  const owners = collectHeadsUps(input.analysis, (id) => ids.has(id));
  const generated = renderTemplate("publish/meeting-issue.md", {
    cycle: safeInline(input.cycle),
    deadline: describeDeadline(input),
    intro: `Each persona's top ${input.analysis.topPainPoints} pain points, ranked by how many of its respondents mention them, with the share of its commenters. There is no combined score across personas or questions: the linked analyses have each question's distribution.`,
    table: renderPainPointTable(results, input.analysis.topPainPoints, links),
    caveats: renderCaveats(input, results),
    attendees: renderMeetingAttendees(published, owners),
    nextStepsHeading: NEXT_STEPS_HEADING,
    lineFormat: inlineCode(NEXT_STEP_LINE_FORMAT),
    fieldHelp: renderFieldHelp(input, results),
    example: inlineCode(renderExample(input, results, owners)),
  }).replace(/\n{3,}/g, "\n\n");
  const marker = meetingMarker(input.cycle);
  const nextSteps = renderTemplate("publish/next-steps.md", { heading: NEXT_STEPS_HEADING_LINE, help: NEXT_STEPS_HELP_MARKER });
  return {
    kind: "meeting",
    marker,
    repo: input.repo,
    subject: `${input.cycle} review meeting`,
    key: input.cycle,
    title: `${input.cycle} survey review: agree next steps before planning`,
    body: `${marker}\n${wrapGenerated(generated)}\n\n${nextSteps}`,
    generated,
    labels: [REVIEW_MEETING_LABEL],
    assignees: [],
    notes: [],
  };
}

function describeDeadline(input: PublishInput): string {
  const deadline = input.config.survey.planningDeadline;
  if (deadline === undefined) return "not set. Add `survey.planningDeadline` to the settings file so everyone knows when the next steps must be agreed.";
  return `${deadline} (${describeDaysLeft(daysUntil(deadline, input.now))} as of ${isoDay(input.now)})`;
}

function renderPainPointTable(results: readonly PersonaAnalysis[], topPainPoints: number, links: PublishLinks): string {
  const rows = results.flatMap((persona) => {
    const top = persona.painPoints.slice(0, topPainPoints);
    const name = `${tableCell(persona.name)}${persona.smallSample ? " ⚠️" : ""}`;
    const link = linkTo(links.analysis.get(persona.id));
    if (top.length === 0) return [`| ${name} | – | no pain point: nobody's comment matched a phase or tool | – | – | – | ${link} |`];
    return top.map((point) => {
      const tools = point.tools.map((tool) => `${tool.name} (${formatCount(tool.mentions)})`).join(", ") || "–";
      return `| ${name} | ${point.rank} | ${tableCell(point.name)} | ${formatCount(point.mentions)} | ${formatShare(point.share)} | ${tableCell(tools)} | ${link} |`;
    });
  });
  if (rows.length === 0) return "No persona had respondents, so there is nothing to review.";
  return ["| Persona | Rank | Pain point | Respondents | Share of commenters | Tools named | Analysis |", "|---|---:|---|---:|---:|---|---|", ...rows].join("\n");
}

function renderCaveats(input: PublishInput, results: readonly PersonaAnalysis[]): string {
  const lines = results.filter((persona) => persona.smallSample).map((persona) => `> ⚠️ ${safeInline(persona.name)}: ${smallSampleSentence(persona.responses)}`);
  const notes: string[] = [];
  if (lines.length > 0) notes.push(lines.join("\n>\n"));
  if (input.analysis.unmatched > 0) {
    notes.push(`${plural(input.analysis.unmatched, "respondent")} of ${formatCount(input.analysis.respondents)} named no known persona and appear in no row above.`);
  }
  return notes.join("\n\n");
}

function renderFieldHelp(input: PublishInput, results: readonly PersonaAnalysis[]): string {
  const personaIds = results.map((persona) => inlineCode(persona.id)).join(", ") || "a persona id";
  const phases = [...new Set(results.flatMap((persona) => persona.painPoints.slice(0, input.analysis.topPainPoints).map((point) => point.phase)))];
  const deadline = input.config.survey.planningDeadline;
  return [
    "- `@owner`: the one person (`@login`) or team (`@org/team`) who owns the step.",
    `- \`due:YYYY-MM-DD\`: optional; ${deadline === undefined ? "the planning deadline, once it is set," : `the planning deadline (${deadline})`} when left out.`,
    `- \`persona:<id>\`: the persona the step is for: ${personaIds}.`,
    `- \`pain:<phase>\`: the phase id of the pain point it addresses${phases.length === 0 ? "" : `, e.g. ${phases.map(inlineCode).join(", ")}`}.`,
  ].join("\n");
}

function renderExample(input: PublishInput, results: readonly PersonaAnalysis[], owners: readonly HeadsUpGroup[]): string {
  // The first owned tool in someone's top pain points makes the most telling example; any pain point will do.
  const owned = owners[0]?.entries[0];
  const persona = owned?.persona ?? results.find((candidate) => candidate.painPoints.length > 0) ?? results[0];
  const point = owned?.point ?? persona?.painPoints[0];
  const deadline = input.config.survey.planningDeadline;
  return renderNextStepLine({
    what: point === undefined ? "Describe the step" : owned === undefined ? `Agree a fix for the top ${point.name} complaint` : `Agree a fix for ${owned.tool.name} in ${point.name}`,
    owner: owners[0]?.owner ?? "@owner",
    ...(deadline === undefined ? {} : { due: deadline }),
    persona: persona?.id ?? "persona-id",
    pain: point?.phase ?? "phase-id",
  });
}
