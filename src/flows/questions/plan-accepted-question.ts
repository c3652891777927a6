import { addQuestionToFile, QuestionFileEditError, type NewQuestion } from "../../core/questions/add-question-to-file.js";
import { normaliseQuestionText } from "../../core/questions/normalise-question-text.js";
import { questionIdFromText } from "../../core/questions/question-id-from-text.js";
import type { QuestionType } from "../../core/questions/question-schema.js";
import { parseYaml, type ParsedYaml } from "../../core/yaml/parse-yaml.js";

/** The questions file with the accepted question in it, or where the file is broken. */
export type AcceptedQuestionPlan =
  | { kind: "edit"; question: NewQuestion; content: string; unchanged: boolean }
  | { kind: "broken"; line: number; column: number; problem: string };

interface ExistingQuestion {
  id: string;
  text: string;
  phase?: string;
  options?: string[];
}

/**
 * Adds an accepted proposal to a persona's questions file (`existing` is undefined when there is no
 * file yet). A question already in the file with the same text (case, spacing and punctuation aside)
 * keeps its id, wording, phase and options, so accepting twice, or after the first pull request was
 * merged, never adds a second copy; a new question gets an id from its text, unique within the file.
 * `onBranch` is the file as the proposal's pull request branch has it: a phase or options a champion
 * added there are kept, since the branch is rebuilt from the default branch on every `/accept`.
 * Broken YAML, or a file that is not a `questions:` list, comes back as the line to fix.
 */
export function planAcceptedQuestion(existing: string | undefined, proposal: { text: string; type: QuestionType }, onBranch?: string): AcceptedQuestionPlan {
  const yaml = parseYaml(existing ?? "");
  const error = yaml.errors[0];
  if (error !== undefined) return { kind: "broken", line: error.line, column: error.column, problem: `the YAML does not parse (${error.message})` };
  const questions = readQuestions(yaml.value);
  if (questions === undefined) return notAList(yaml);
  const question = newQuestion(questions, proposal, readQuestions(parseYaml(onBranch ?? "").value) ?? []);
  try {
    const content = addQuestionToFile(existing, question);
    return { kind: "edit", question, content, unchanged: content === existing };
  } catch (failure) {
    if (failure instanceof QuestionFileEditError) return notAList(yaml, failure.message);
    throw failure;
  }
}

function newQuestion(questions: readonly ExistingQuestion[], proposal: { text: string; type: QuestionType }, onBranch: readonly ExistingQuestion[]): NewQuestion {
  const wanted = normaliseQuestionText(proposal.text);
  const taken = questions.map((question) => question.id);
  const inFile = questions.find((question) => normaliseQuestionText(question.text) === wanted);
  const branched = onBranch.find((question) => normaliseQuestionText(question.text) === wanted && !taken.includes(question.id));
  const same = inFile ?? branched;
  const id = same?.id ?? questionIdFromText(proposal.text, taken);
  return {
    id,
    // The wording already in the file wins over a re-punctuated copy of it.
    text: same?.text ?? proposal.text,
    type: proposal.type,
    ...(proposal.type === "choice" && same?.options !== undefined ? { options: same.options } : {}),
    ...(same?.phase === undefined ? {} : { phase: same.phase }),
  };
}

/** The questions the file already has, as far as they are readable; undefined when `questions` is not a list. */
function readQuestions(value: unknown): ExistingQuestion[] | undefined {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) return undefined;
  const list = value["questions"];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return undefined;
  return list.filter(isRecord).flatMap((item) => {
    const { id, text, phase, options } = item;
    if (typeof id !== "string" || typeof text !== "string") return [];
    const strings = Array.isArray(options) && options.every((option) => typeof option === "string") ? (options as string[]) : undefined;
    return [{ id, text, ...(typeof phase === "string" ? { phase } : {}), ...(strings === undefined ? {} : { options: strings }) }];
  });
}

function notAList(yaml: ParsedYaml, detail?: string): AcceptedQuestionPlan {
  const at = isRecord(yaml.value) && "questions" in yaml.value ? yaml.locate(["questions"]) : { line: 1, column: 1 };
  return { kind: "broken", ...at, problem: detail ?? "the file must be a mapping whose `questions:` key holds a list of questions" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
