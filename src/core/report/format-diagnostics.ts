import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatGithub } from "./format-github.js";
import { formatJson } from "./format-json.js";
import { formatText } from "./format-text.js";

export const OUTPUT_FORMATS = ["text", "json", "github"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatInput {
  diagnostics: readonly Diagnostic[];
  filesChecked: number;
}

/** Renders diagnostics in one of the CLI's output formats. Pure; the caller prints the result. */
export function formatDiagnostics(format: OutputFormat, input: FormatInput, options: { color: boolean } = { color: false }): string {
  switch (format) {
    case "json":
      return formatJson(input.diagnostics);
    case "github":
      return formatGithub(input.diagnostics);
    case "text":
      return formatText(input.diagnostics, { color: options.color, filesChecked: input.filesChecked });
  }
}
