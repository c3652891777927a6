import { resolvePhases } from "../config/resolve-phases.js";
import { countDiagnostics, diagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { idFromFileName, parsePersona, type PersonaContext } from "../persona/parse-persona.js";
import type { Persona } from "../persona/persona.js";
import type { RepoSnapshot } from "../repo/repo-snapshot.js";
import type { ValidationReport } from "../validation-report.js";
import { checkChampions } from "./check-champions.js";
import { checkDuplicateIds, checkNameCollisions } from "./check-identity.js";
import { checkLinks } from "./check-links.js";
import { checkParentCycles, checkUnknownParents } from "./check-parents.js";
import { checkSections } from "./check-sections.js";
import { checkWorkflowPhases, checkWorkflowTools } from "./check-workflow.js";
import { findPersonaFiles } from "./find-persona-files.js";
import { readRepositoryConfig } from "./read-repository-config.js";
import { validateQuestions } from "../questions/validate-questions.js";
import { checkUnusedToolsInSnapshot } from "../tools/check-unused-tools.js";
import type { Check, CheckedDoc, RuleContext } from "./rule-context.js";

export interface ValidateOptions {
  /** Repository-relative path of the settings file; defaults to `.github/persona-governance.yml`. */
  configPath?: string;
}

/** The cross-file and per-persona rules, run after every doc is parsed. See RULES for the catalogue. */
const CHECKS: readonly Check[] = [
  checkDuplicateIds,
  checkNameCollisions,
  checkUnknownParents,
  checkParentCycles,
  checkChampions,
  checkSections,
  checkLinks,
  checkWorkflowPhases,
  checkWorkflowTools,
];

/**
 * Validates every persona doc in a repository and reports every problem at once, sorted by file and
 * position. Pure: the snapshot holds all it reads. Never throws for any content of the snapshot.
 */
export function validateRepository(snapshot: RepoSnapshot, options: ValidateOptions = {}): ValidationReport {
  const { config, configFile, diagnostics } = readRepositoryConfig(snapshot, options.configPath);
  const phases = resolvePhases(config);
  const files = findPersonaFiles(snapshot, config.personas.path);
  const checked = files.slice(0, config.personas.maxFiles);
  if (files.length > checked.length) diagnostics.push(tooManyFiles(config.personas.path, files.length, checked.length));
  const docs: CheckedDoc[] = [];
  const personas: Persona[] = [];
  for (const file of checked) {
    const doc = checkDoc(file, snapshot.files.get(file), { config, phases }, diagnostics);
    docs.push(doc);
    if (doc.persona) personas.push(doc.persona);
  }
  const ctx: RuleContext = { config, phases, docs, personas, snapshot };
  for (const check of CHECKS) appendAll(diagnostics, check(ctx));
  appendAll(diagnostics, validateQuestions(snapshot, config, personas, phases));
  appendAll(diagnostics, checkUnusedToolsInSnapshot(snapshot, config, personas, configFile));
  const sorted = sortDiagnostics(diagnostics);
  return {
    config,
    ...(configFile === undefined ? {} : { configFile }),
    personas,
    diagnostics: sorted,
    counts: countDiagnostics(sorted),
    filesChecked: checked.length,
  };
}

function checkDoc(file: string, bytes: Uint8Array | undefined, ctx: PersonaContext, diagnostics: Diagnostic[]): CheckedDoc {
  if (!bytes) {
    diagnostics.push(fileDiagnostic(file, "file-unread", "the contents of this persona doc were not available to the validator", "make it a regular, readable file (not a symbolic link)"));
    return { file, id: idFromFileName(file) };
  }
  try {
    const parsed = parsePersona(file, bytes, ctx);
    appendAll(diagnostics, parsed.diagnostics);
    const doc: CheckedDoc = { file, id: parsed.id };
    if (parsed.persona) doc.persona = parsed.persona;
    if (parsed.body) doc.body = { firstLine: parsed.body.firstLine, sections: parsed.body.sections, links: parsed.body.links };
    return doc;
  } catch (error) {
    // A parser bug must not hide the other files' results.
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(fileDiagnostic(file, "internal-error", `the validator failed on this file (${message})`, "please report this with the file; the other files were still checked"));
    return { file, id: idFromFileName(file) };
  }
}

function tooManyFiles(path: string, found: number, limit: number): Diagnostic {
  return fileDiagnostic(path, "too-many-files", `${found} persona docs found under \`${path}\`, over the limit of ${limit}; only the first ${limit} were checked`, "raise `personas.maxFiles` in the settings file, or point `personas.path` at the right directory");
}

function fileDiagnostic(file: string, rule: string, message: string, suggestion: string): Diagnostic {
  return diagnostic({ file, line: 1, column: 1, severity: "error", rule, message, suggestion });
}

/** `push(...items)` overflows the stack for very large arrays; a loop does not. */
function appendAll(target: Diagnostic[], items: readonly Diagnostic[]): void {
  for (const item of items) target.push(item);
}
