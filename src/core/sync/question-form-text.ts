import { z } from "zod";
import { fillPlaceholders, templateText } from "../templates/render-template.js";
import { parseYaml } from "../yaml/parse-yaml.js";

const TEMPLATE = "issue-forms/persona-question.yml";

const textsSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  title: z.string().min(1),
  intro: z.string().min(1),
  persona: z.strictObject({ description: z.string().min(1), aliasesIntro: z.string().min(1) }),
  question: z.strictObject({ description: z.string().min(1), placeholder: z.string().min(1) }),
  context: z.strictObject({ description: z.string().min(1) }),
  urgency: z.strictObject({ description: z.string().min(1) }),
});

/** The human-editable words of the persona question form. */
export type QuestionFormText = z.output<typeof textsSchema>;

/**
 * Reads the form's words from the embedded template, filling `{{placeholders}}` inside each value (not
 * in the YAML source, so a value such as a response time can never break the YAML). A broken template
 * is a bug in this repository, caught by the tests, so it throws.
 */
export function questionFormText(values: Record<string, string>): QuestionFormText {
  const parsed = parseYaml(templateText(TEMPLATE));
  const [error] = parsed.errors;
  if (error !== undefined) throw new Error(`templates/${TEMPLATE} line ${error.line}: ${error.message}`);
  const texts = textsSchema.parse(parsed.value);
  return fillStrings(texts, values);
}

function fillStrings<T>(value: T, values: Record<string, string>): T {
  if (typeof value === "string") return fillPlaceholders(value, values, `templates/${TEMPLATE}`) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillStrings(item, values)])) as T;
}
