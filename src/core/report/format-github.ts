import type { Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * `--format github`: GitHub Actions workflow commands, one per diagnostic, which the runner turns into
 * annotations on the file and line:
 * `::error file=personas/sre.md,line=12,col=5,title=broken-link::message`.
 * Escaping follows @actions/core: data escapes `%`, CR and LF; property values also `:` and `,`.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatGithubCommand).join("");
}

export function formatGithubCommand(d: Diagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(d.rule)}`].join(",");
  const message = d.suggestion === undefined ? d.message : `${d.message}\nSuggestion: ${d.suggestion}`;
  return `::${d.severity} ${properties}::${escapeData(message)}\n`;
}

/** Escapes a command's message (`%`, CR, LF), after removing other control characters. */
export function escapeData(text: string): string {
  return withoutControls(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property's value: as data, plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Text from a pull request could carry terminal escapes; line breaks are kept (they get escaped). */
function withoutControls(text: string): string {
  return text.replace(/[^\P{Cc}\r\n]/gu, " ");
}
