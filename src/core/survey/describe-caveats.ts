import { safeInline } from "../text/safe-markdown.js";
import { formatCount, formatShare, plural } from "./format-figures.js";
import type { RespondentGroup, SurveyAnalysis } from "./survey-analysis.js";

/**
 * What the figures leave out, in plain sentences: the "What this analysis does not tell you" section.
 * With `group`, the sentences are about one persona; without it, about the whole survey. Each is a line
 * of Markdown, with respondents' values and export headers already escaped.
 */
export function describeCaveats(analysis: SurveyAnalysis, group?: RespondentGroup): string[] {
  const subject = group ?? analysis.everyone;
  const caveats = [
    ...describeSample(analysis, group),
    ...describeUncategorised(subject),
    ...describeRejectedScores(subject),
    ...describeMapping(analysis),
  ];
  if (group === undefined) caveats.push(...describePersonaGaps(analysis));
  if (group === undefined && analysis.nonAnswers > 0) {
    caveats.push(`${plural(analysis.nonAnswers, "comment")} such as "n/a", "none" or "-" said nothing and were treated as no comment.`);
  }
  caveats.push(...describeMethod());
  return caveats;
}

function describeSample(analysis: SurveyAnalysis, group: RespondentGroup | undefined): string[] {
  if (group !== undefined) {
    const small = group.questions.filter((question) => question.smallSample).map((question) => `"${safeInline(question.column)}"`);
    const sentences = group.smallSample ? [smallSampleSentence(group.responses)] : [];
    if (small.length > 0 && !group.smallSample) {
      sentences.push(`Fewer than ${analysis.minResponses} people gave a valid answer to ${small.join(", ")}; read those distributions as anecdotes.`);
    }
    if (!group.smallSample && group.commenters > 0 && group.commenters < analysis.minResponses) {
      sentences.push(`Only ${plural(group.commenters, "respondent")} left a comment, so the pain-point ranking rests on a handful of people.`);
    }
    return sentences;
  }
  const small = analysis.personas.filter((persona) => persona.smallSample);
  return small.length === 0
    ? []
    : [`${small.map((persona) => `${safeInline(persona.name)} (${formatCount(persona.responses)})`).join(", ")} had fewer than ${analysis.minResponses} respondents; treat their figures as anecdotes, not trends.`];
}

/** The small-sample warning in words a reader understands. */
export function smallSampleSentence(responses: number): string {
  if (responses === 0) return "Nobody answered for this persona, so there is nothing to conclude.";
  const people = responses === 1 ? "Only 1 person answered" : `Only ${formatCount(responses)} people answered`;
  return `${people}; treat these figures as anecdotes, not trends.`;
}

function describeUncategorised(group: RespondentGroup): string[] {
  if (group.comments === 0) return ["Nobody left a comment, so there are no pain points to rank."];
  const { comments } = group.uncategorised;
  if (comments === 0) return [];
  return [
    `${plural(comments, "comment")} of ${formatCount(group.comments)} (${formatShare(comments / group.comments)}) matched no phase keyword and no tool, so they are in no pain point; they are listed under "Uncategorised comments" for a person to read.`,
  ];
}

function describeRejectedScores(group: RespondentGroup): string[] {
  return group.questions
    .filter((question) => question.outOfRange + question.notANumber > 0)
    .map((question) => {
      const examples = question.rejectedExamples.map((example) => safeInline(JSON.stringify(example.value))).join(", ");
      const count = question.outOfRange + question.notANumber;
      return `${plural(count, "answer")} to "${safeInline(question.column)}" ${count === 1 ? "was" : "were"} not a point on the scale (${formatCount(question.outOfRange)} out of range, ${formatCount(question.notANumber)} not a number, e.g. ${examples}); such answers are left out of its distribution and median.`;
    });
}

function describeMapping(analysis: SurveyAnalysis): string[] {
  const gaps: string[] = [];
  if (analysis.columns.scores.length === 0) gaps.push("No score questions are mapped (`survey.scoreColumns` in the config), so there are no satisfaction figures.");
  if (analysis.columns.comments.length === 0) gaps.push("No comment questions are mapped (`survey.commentColumns` in the config), so there are no pain points.");
  return gaps;
}

function describePersonaGaps(analysis: SurveyAnalysis): string[] {
  const gaps: string[] = [];
  if (analysis.unmatched > 0) {
    gaps.push(`${plural(analysis.unmatched, "respondent")} of ${formatCount(analysis.respondents)} (${formatShare(analysis.unmatched / analysis.respondents)}) named no known persona (${formatCount(analysis.noPersona)} left the question empty); their answers appear only in the overall figures.`);
  }
  if (analysis.unknownPersonaValues.length > 0) {
    const listed = analysis.unknownPersonaValues.slice(0, 5).map((value) => `"${safeInline(value.value)}" (${formatCount(value.count)})`);
    gaps.push(`Persona answers that match no persona name, id or alias: ${listed.join(", ")}. Add them as aliases in the persona docs if they mean an existing persona.`);
  }
  return gaps;
}

function describeMethod(): string[] {
  return [
    "A comment is counted under a phase when it mentions one of the phase's keywords or a tool registered for it. Mentioning is not complaining: \"tests are great now\" counts under Testing. Read the quotes and comments before acting.",
    "Keywords are matched after Porter stemming, which covers plurals and regular inflections (tests, testing, tested) but not irregular forms (built, ran), synonyms, misspellings or other languages. Tool names match word for word; other spellings need an alias in the tools registry.",
    "Pain points are ranked by how many respondents mention them, not how strongly; a respondent in several personas counts in each.",
  ];
}
