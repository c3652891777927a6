import type { SurveyComment } from "../survey/survey-analysis.js";
import { neutralizeMentions } from "../text/safe-markdown.js";
import { collectHeadsUps, type HeadsUpGroup } from "./collect-heads-ups.js";
import { wrapGenerated } from "./generated-part.js";
import type { DesiredComment, DesiredIssue, PublishInput } from "./publication.js";
import { HEADS_UP_LABEL } from "./publish-labels.js";
import { headsUpMarker } from "./publish-markers.js";
import { linkTo, renderHeadsUp, type PublishLinks, type ToolComments } from "./render-heads-up.js";

export interface HeadsUpPlan {
  issues: DesiredIssue[];
  comments: DesiredComment[];
}

export interface HeadsUpOptions {
  /** Persona ids being published; other personas' pain points send no heads-up. */
  personas: ReadonlySet<string>;
  links: PublishLinks;
  /**
   * In `comment` mode, the persona whose analysis issue already holds an owner's mention (owner key →
   * persona id), read from earlier runs' comments, so the mention never moves to a new comment.
   */
  mentionHolders?: ReadonlyMap<string, string>;
}

/**
 * One heads-up per tool owner per cycle (`survey.headsUp.mode`): an issue labelled `heads-up` in
 * `survey.headsUp.repo` (or this repository), or comments on the analysis issues involved. Either way
 * the owner is mentioned exactly once in the cycle: in the issue, or in one of the comments, the
 * others naming the owner inertly and pointing at that one.
 */
export function planHeadsUps(input: PublishInput, options: HeadsUpOptions): HeadsUpPlan {
  const groups = collectHeadsUps(input.analysis, (id) => options.personas.has(id));
  if (input.config.survey.headsUp.mode === "issue") return { issues: groups.map((group) => planHeadsUpIssue(input, group, options.links)), comments: [] };
  return { issues: [], comments: groups.flatMap((group) => planHeadsUpComments(input, group, options)) };
}

function planHeadsUpIssue(input: PublishInput, group: HeadsUpGroup, links: PublishLinks): DesiredIssue {
  const generated = renderHeadsUp(input, {
    mention: group.owner,
    entries: group.entries,
    comments: group.tools.map((tool) => ({ tool: tool.name, group: tool })),
    commentsIntro: `Every comment naming your tools that the analysis kept (up to ${input.analysis.commentCap} per tool; all are counted), from respondents of every persona. Respondents' words are shown as written, with mentions and formatting made inert.`,
    links,
  });
  const marker = headsUpMarker(group.owner, input.cycle);
  return {
    kind: "heads-up",
    marker,
    repo: input.config.survey.headsUp.repo ?? input.repo,
    subject: group.owner,
    key: group.key,
    title: `Heads-up: ${describeTools(group.tools.map((tool) => tool.name))} among the top pain points of the ${input.cycle} survey`,
    body: `${marker}\n${wrapGenerated(generated)}\n`,
    generated,
    labels: [HEADS_UP_LABEL],
    assignees: [],
    notes: [],
  };
}

function planHeadsUpComments(input: PublishInput, group: HeadsUpGroup, options: HeadsUpOptions): DesiredComment[] {
  const personas = [...new Set(group.entries.map((entry) => entry.persona.id))];
  const recorded = options.mentionHolders?.get(group.key);
  const holder = recorded !== undefined && personas.includes(recorded) ? recorded : personas[0];
  const inert = `${neutralizeMentions(group.owner)} (told on ${linkTo(holder === undefined ? undefined : options.links.analysis.get(holder))})`;
  return personas.map((persona) => {
    const entries = group.entries.filter((entry) => entry.persona.id === persona);
    const marker = headsUpMarker(group.owner, input.cycle, persona);
    const text = renderHeadsUp(input, {
      mention: persona === holder ? group.owner : inert,
      entries,
      comments: commentsFromPainPoints(entries),
      commentsIntro: "The comments in this persona's top pain points that name your tools (from the sample each pain point keeps), shown as written, with mentions and formatting made inert.",
      links: options.links,
    });
    return { kind: "heads-up", marker, persona, subject: group.owner, key: group.key, body: `${marker}\n${text}\n` };
  });
}

/** Per tool, the comments of the entries' pain points that name it, each comment once. */
function commentsFromPainPoints(entries: HeadsUpGroup["entries"]): ToolComments[] {
  const byTool = new Map<string, Map<string, SurveyComment>>();
  for (const { point, tool } of entries) {
    const kept = byTool.get(tool.name) ?? new Map<string, SurveyComment>();
    for (const comment of point.shown) if (comment.tools.includes(tool.name)) kept.set(`${comment.row}\u0000${comment.column}`, comment);
    byTool.set(tool.name, kept);
  }
  return [...byTool].map(([tool, kept]) => {
    const shown = [...kept.values()].sort((a, b) => a.row - b.row || a.question - b.question);
    return { tool, group: { comments: shown.length, shown } };
  });
}

function describeTools(names: readonly string[]): string {
  if (names.length <= 3) return names.length <= 1 ? (names[0] ?? "your tools") : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
  return `${names.slice(0, 2).join(", ")} and ${names.length - 2} more tools`;
}
