import type { ToolDefinition } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import { createRankedSample, type RankedSample } from "./create-ranked-sample.js";
import { createScoreTally, type ScoreTally } from "./create-score-tally.js";
import { keepComment, type OfferedComment } from "./offered-comment.js";
import type { CommentGroup, PainPoint, RespondentGroup, ScoreColumn, SurveyComment, ToolCount } from "./survey-analysis.js";

/** What one row contributed, worked out once and applied to every group the respondent belongs to. */
export interface RowSummary {
  /** Hit categories (phase indices; the uncategorised bucket is `phases.length`), distinct. */
  categories: number[];
  /** Per entry of `categories`, the keywords behind the hits, distinct. */
  keywords: string[][];
  tools: number[];
  /** `category * tools.length + tool` for each tool named in a comment hitting that category, its own phase (see create-comment-recorder). */
  categoryTools: number[];
}

export interface GroupSettings {
  phases: readonly PhaseDefinition[];
  tools: readonly ToolDefinition[];
  scores: readonly ScoreColumn[];
  scale: { min: number; max: number };
  minResponses: number;
  commentCap: number;
  quotesPerPainPoint: number;
}

interface Category {
  respondents: number;
  comments: number;
  quotes: RankedSample<SurveyComment>;
  shown: RankedSample<SurveyComment>;
  keywords: Map<string, number>;
}

/**
 * The running figures for one group of respondents (a persona, or everyone). Memory is fixed by the
 * settings: counters, plus at most `commentCap` kept comments and a few quote candidates per category.
 */
export function createGroupAccumulator(settings: GroupSettings) {
  const toolCount = settings.tools.length;
  const categories: Category[] = Array.from({ length: settings.phases.length + 1 }, () => ({
    respondents: 0,
    comments: 0,
    // Extra candidates so quotes can still come from distinct respondents after duplicates are dropped.
    quotes: createRankedSample<SurveyComment>(settings.quotesPerPainPoint * 3),
    shown: createRankedSample<SurveyComment>(settings.commentCap),
    keywords: new Map<string, number>(),
  }));
  const categoryTools = new Int32Array(categories.length * toolCount);
  const toolMentions = new Int32Array(toolCount);
  const tallies: ScoreTally[] = settings.scores.map(() => createScoreTally(settings.scale));
  let responses = 0;
  let commenters = 0;
  let comments = 0;

  return {
    tallies,
    addResponse(): void {
      responses++;
    },
    addComment(comment: OfferedComment): void {
      comments++;
      for (const index of comment.categories) {
        const category = categories[index]!;
        category.comments++;
        offer(category.shown, 0, comment);
        offer(category.quotes, comment.band, comment);
      }
    },
    addCommenter(row: RowSummary): void {
      commenters++;
      row.categories.forEach((index, position) => {
        const category = categories[index]!;
        category.respondents++;
        for (const keyword of row.keywords[position] ?? []) {
          category.keywords.set(keyword, (category.keywords.get(keyword) ?? 0) + 1);
        }
      });
      for (const tool of row.tools) toolMentions[tool]!++;
      for (const pair of row.categoryTools) categoryTools[pair]!++;
    },
    summarise(): RespondentGroup {
      const painPoints = settings.phases
        .map((phase, index) => summarisePainPoint(phase, index))
        .filter((point): point is PainPoint => point !== undefined)
        .sort((a, b) => b.mentions - a.mentions || settings.phases.indexOf(phaseOf(a)) - settings.phases.indexOf(phaseOf(b)))
        .map((point, index) => ({ ...point, rank: index + 1 }));
      return {
        responses,
        smallSample: responses < settings.minResponses,
        commenters,
        comments,
        questions: settings.scores.map((question, index) => tallies[index]!.summarise(question, settings.minResponses)),
        painPoints,
        uncategorised: summariseComments(categories[settings.phases.length]!),
        tools: countTools(toolMentions, 0),
      };
    },
  };

  function phaseOf(point: PainPoint): PhaseDefinition {
    return settings.phases.find((phase) => phase.id === point.phase)!;
  }

  function summarisePainPoint(phase: PhaseDefinition, index: number): PainPoint | undefined {
    const category = categories[index]!;
    if (category.respondents === 0) return undefined;
    return {
      phase: phase.id,
      name: phase.name,
      rank: 0,
      share: commenters === 0 ? 0 : category.respondents / commenters,
      ...summariseComments(category),
      tools: countTools(categoryTools, index * toolCount),
      quotes: pickQuotes(category.quotes.items(), settings.quotesPerPainPoint),
      keywords: [...category.keywords]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
    };
  }

  function countTools(counts: Int32Array, offset: number): ToolCount[] {
    const result: ToolCount[] = [];
    settings.tools.forEach((tool, index) => {
      const mentions = counts[offset + index]!;
      if (mentions > 0) result.push({ name: tool.name, mentions });
    });
    return result.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  }
}

export type GroupAccumulator = ReturnType<typeof createGroupAccumulator>;

function offer(sample: RankedSample<SurveyComment>, band: number, comment: OfferedComment): void {
  if (sample.accepts(band, comment.hash, comment.row)) sample.offer(band, comment.hash, comment.row, keepComment(comment));
}

function summariseComments(category: Category): CommentGroup {
  return {
    mentions: category.respondents,
    comments: category.comments,
    shown: category.shown.items().sort((a, b) => a.row - b.row || a.question - b.question),
  };
}

// Best-ranked candidates first, one quote per respondent and no repeated wording.
function pickQuotes(candidates: readonly SurveyComment[], count: number): SurveyComment[] {
  const picked: SurveyComment[] = [];
  for (const candidate of candidates) {
    if (picked.length >= count) break;
    const text = candidate.text.toLowerCase();
    if (picked.some((quote) => quote.row === candidate.row || quote.text.toLowerCase() === text)) continue;
    picked.push(candidate);
  }
  return picked;
}
