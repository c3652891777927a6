import { z } from "zod";

/**
 * What the tool index needs from a survey analysis: the tools its comments named. Both the in-memory
 * `SurveyAnalysis` and the JSON that `persona-gov survey analyze --format json` prints have this shape.
 */
export interface ToolMentionSource {
  cycle: string | null;
  tools: readonly { name: string; mentions: number }[];
  personas: readonly { id: string; tools: readonly { name: string; mentions: number }[] }[];
}

const countSchema = z.object({ name: z.string(), mentions: z.number().int().nonnegative() });

// Only the keys the index reads; the rest of the analysis JSON is allowed and ignored.
const analysisJsonSchema = z.object({
  cycle: z.string().nullable().default(null),
  tools: z.array(countSchema).default([]),
  personas: z.array(z.object({ id: z.string(), tools: z.array(countSchema).default([]) })).default([]),
});

/**
 * Reads the JSON of `persona-gov survey analyze --format json`. Returns a message naming the first
 * problem instead of throwing, so the CLI can say which file is wrong and why.
 */
export function parseToolMentions(text: string): { mentions: ToolMentionSource } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { error: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = analysisJsonSchema.safeParse(value);
  if (parsed.success) return { mentions: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "the document" : `\`${issue.path.map(String).join(".")}\``;
  return { error: `it is not the JSON of \`persona-gov survey analyze --format json\`: ${where} ${issue?.message ?? "is invalid"}` };
}
