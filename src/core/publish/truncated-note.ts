import { renderTemplate } from "../templates/render-template.js";
import { inlineCode } from "../text/safe-markdown.js";
import type { PublishInput } from "./publication.js";

/** Where the complete report is: the caller's own words, or the command that writes it. */
export function describeFullReport(input: Pick<PublishInput, "source" | "fullReport">): string {
  return input.fullReport ?? `The complete report, with every kept comment, is what ${inlineCode(`persona-gov survey analyze ${input.source}`)} writes.`;
}

/** The note under a description that had to be shortened: what was left out, and where the rest is. */
export function renderTruncatedNote(what: string, fullReport: string): string {
  return renderTemplate("publish/truncated-note.md", { what, fullReport }).trimEnd();
}
