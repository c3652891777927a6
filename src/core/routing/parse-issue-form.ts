/**
 * Reads the body GitHub renders for an issue-form submission: `### <Label>`, a blank line, the value,
 * and `_No response_` for an optional field left empty. People edit these bodies, so the parser
 * tolerates CRLF, extra blank lines, text before the first heading, headings of another level or with
 * a trailing colon when they name a known field, and `#` lines inside code fences or quotes (which
 * are part of a value, never a new field).
 */
import { stepCodeFence, type CodeFence } from "./step-code-fence.js";

/** Field values keyed by heading, normalised with `normalizeFormLabel` (so lookups ignore case). */
export type IssueFormSections = Record<string, string>;

const NO_RESPONSE = "_No response_";
const ANY_HEADING = /^ {0,3}(#{1,6})[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Splits an issue body into its form fields. Without `knownLabels`, every `###` heading starts a
 * field, as GitHub renders them. With `knownLabels`, only headings naming one of them do (at any
 * level), so a `### Details` heading a user writes inside the Context field stays in that value.
 * When a label appears twice, the first non-empty value wins.
 */
export function parseIssueForm(body: string, knownLabels?: readonly string[]): IssueFormSections {
  const known = knownLabels === undefined ? undefined : new Set(knownLabels.map(normalizeFormLabel));
  // A Map, so a heading such as `### constructor` can never collide with an inherited property.
  const sections = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  const flush = (): void => {
    if (current === undefined) return;
    const value = cleanValue(lines);
    if (!sections.get(current)) sections.set(current, value);
  };
  let fence: CodeFence | undefined;
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const step = stepCodeFence(fence, line);
    fence = step.fence;
    const label = step.inCode ? undefined : headingLabel(line, known);
    if (label === undefined) {
      lines.push(line);
      continue;
    }
    flush();
    current = label;
    lines = [];
  }
  flush();
  return Object.fromEntries(sections);
}

/** Case-, emphasis- and spacing-insensitive form of a field label, as used for the section keys. */
export function normalizeFormLabel(label: string): string {
  return label.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().replace(/\s*:$/, "").toLowerCase();
}

export interface FormReading<K extends string> {
  /** Fields whose heading is in the body, filled in or not. */
  found: K[];
  /** Non-empty values by field id; an empty or `_No response_` field is absent. */
  values: Partial<Record<K, string>>;
}

/** Reads the fields of one known form (field id → label) out of an issue body. */
export function readFormFields<K extends string>(body: string, fields: Readonly<Record<K, string>>): FormReading<K> {
  const ids = Object.keys(fields) as K[];
  const sections = parseIssueForm(
    body,
    ids.map((id) => fields[id]),
  );
  const found: K[] = [];
  const values: Partial<Record<K, string>> = {};
  for (const id of ids) {
    const label = normalizeFormLabel(fields[id]);
    if (!Object.hasOwn(sections, label)) continue;
    const value = sections[label] ?? "";
    found.push(id);
    if (value !== "") values[id] = value;
  }
  return { found, values };
}

function headingLabel(line: string, known: ReadonlySet<string> | undefined): string | undefined {
  const match = ANY_HEADING.exec(line);
  if (!match) return undefined;
  const label = normalizeFormLabel(match[2] ?? "");
  if (label === "") return undefined;
  if (known === undefined) return match[1] === "###" && /^ {0,3}###[ \t]/.test(line) ? label : undefined;
  return known.has(label) ? label : undefined;
}

function cleanValue(lines: readonly string[]): string {
  const value = lines.join("\n").trim();
  return value === NO_RESPONSE ? "" : value;
}
