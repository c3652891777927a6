import type { Severity } from "../diagnostics/diagnostic.js";

/**
 * Every rule the validator reports, for the README's rule reference and for tests that make sure each
 * one is documented. `severity` is the usual one; `section-empty` is an error for required sections and
 * a warning for the others.
 */
export interface RuleDoc {
  id: string;
  severity: Severity;
  what: string;
  fix: string;
}

export const RULES: readonly RuleDoc[] = [
  { id: "config-yaml", severity: "error", what: "The settings file is not valid YAML.", fix: "Fix the YAML at the reported line." },
  { id: "config-schema", severity: "error", what: "A settings key is unknown or has the wrong type or value.", fix: "Follow the message; misspelt keys get a suggestion." },
  { id: "config-missing", severity: "error", what: "The settings file named with --config or `config` does not exist.", fix: "Pass the right path, or omit it to use `.github/persona-governance.yml`." },
  { id: "too-many-files", severity: "error", what: "There are more persona docs than `personas.maxFiles`; the rest are not checked.", fix: "Raise `personas.maxFiles`, or point `personas.path` at the right directory." },
  { id: "file-too-large", severity: "error", what: "A persona doc is bigger than `personas.maxFileBytes`.", fix: "Split the document or raise the limit." },
  { id: "binary-file", severity: "error", what: "A persona doc contains NUL bytes.", fix: "Save it as UTF-8 text." },
  { id: "encoding", severity: "error", what: "A persona doc is not valid UTF-8.", fix: "Re-save it with UTF-8 encoding." },
  { id: "file-unread", severity: "error", what: "A persona doc is listed in the repository but its contents were not available.", fix: "Make it a regular, readable file (not a symbolic link)." },
  { id: "front-matter-missing", severity: "error", what: "The doc does not start with `---` front matter, or the front matter is never closed.", fix: "Start the file with `---`, `name: …`, `---`." },
  { id: "front-matter-language", severity: "error", what: "The front matter is marked as another language (`---js`, `---json`, …). It is never evaluated.", fix: "Write the front matter in YAML after a plain `---`." },
  { id: "yaml-syntax", severity: "error", what: "The front matter is not valid YAML, or uses too many aliases.", fix: "Fix the YAML at the reported line." },
  { id: "front-matter-schema", severity: "error", what: "A front-matter key is unknown, missing (`name`) or has the wrong type or value.", fix: "Follow the message; misspelt keys get a suggestion." },
  { id: "champion-malformed", severity: "error", what: "A champion is not a GitHub handle.", fix: "Write `@user` or `@org/team`." },
  { id: "invalid-id", severity: "error", what: "The file name, used as the id, is not kebab-case.", fix: "Rename the file or add an `id:` key." },
  { id: "duplicate-id", severity: "error", what: "Two persona docs have the same id.", fix: "Give one of them a different `id:` (or file name)." },
  { id: "name-collision", severity: "error", what: "An id, name or alias of one persona is also an id, name or alias of another (ignoring case), so routing and survey matching would be ambiguous.", fix: "Rename or remove one of them." },
  { id: "unknown-parent", severity: "error", what: "`parent` names no persona.", fix: "Use the id of an existing persona; near misses get a suggestion." },
  { id: "parent-cycle", severity: "error", what: "Following `parent` leads back to the same persona.", fix: "Remove `parent` from one persona in the cycle." },
  { id: "champions-missing", severity: "error", what: "An active persona has no champions.", fix: "Add `champions: [\"@user\"]`, or set `status: draft`." },
  { id: "section-missing", severity: "error", what: "A required section (`personas.requiredSections`) is not an H2 heading in the doc.", fix: "Add the `## …` section, or fix the heading's spelling or level." },
  { id: "section-recommended", severity: "warning", what: "A recommended section (`personas.recommendedSections`) is missing.", fix: "Add the `## …` section." },
  { id: "section-empty", severity: "error", what: "An H2 section has no content (an error for required sections, a warning for others).", fix: "Write the section or remove the heading." },
  { id: "broken-link", severity: "error", what: "A relative link points to a file that is not in the repository.", fix: "Fix the path; near misses get a suggestion." },
  { id: "broken-anchor", severity: "error", what: "A link's `#anchor` matches no heading in the target doc, computed as GitHub computes heading anchors.", fix: "Use the anchor from the suggestion, or fix the heading." },
  { id: "unknown-phase", severity: "error", what: "A workflow entry or a survey question names a phase that is neither a default phase nor one in `phases.extra`.", fix: "Use a phase id or name; near misses get a suggestion." },
  { id: "unknown-tool", severity: "warning", what: "A workflow entry names a tool that is not in the settings' `tools` registry (checked only when there is a registry).", fix: "Use the registry's name or alias, or add the tool to `tools`." },
  { id: "questions-yaml", severity: "error", what: "A survey questions file (`survey.questionsPath`) is not valid YAML.", fix: "Fix the YAML at the reported line." },
  { id: "questions-schema", severity: "error", what: "A survey question has an unknown key, a missing or wrong value (`id`, `text`, `type`, `status`), `options` without `type: choice` (or none with it), a scale question without `phase`, or `retiredIn` on a question that is not retired. A `.yaml` questions file gets a warning: only `.yml` is read.", fix: "Follow the message; misspelt keys get a suggestion." },
  { id: "unknown-persona-file", severity: "error", what: "A survey questions file is named after no persona's id (only `common.yml` is not a persona's).", fix: "Rename the file to `<persona-id>.yml`; near misses get a suggestion." },
  { id: "duplicate-question-id", severity: "error", what: "Two questions in one persona's survey (its questions file plus `common.yml`) have the same id.", fix: "Give one of them its own id." },
  { id: "duplicate-question-text", severity: "error", what: "One persona's survey asks the same question twice (same text ignoring case, punctuation and spacing; retired questions aside).", fix: "Remove one, or retire the one the other replaces." },
  { id: "unused-tool", severity: "warning", what: "A tool in the settings' `tools` registry is named in no active or draft persona's workflow map.", fix: "Add it to the workflow maps of the personas that use it, or remove it from `tools`." },
  { id: "internal-error", severity: "error", what: "The validator failed on this file. This is a bug.", fix: "Report it with the file that triggers it." },
];
