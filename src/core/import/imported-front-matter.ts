import { Document, isMap, isScalar } from "yaml";

export interface ImportedFrontMatter {
  name: string;
  id: string;
  summary: string | undefined;
}

const CHAMPIONS_COMMENT = [
  " Add this persona's champions as GitHub handles, e.g. [\"@octocat\", \"@acme/sre-guild\"].",
  " Until then `persona-gov validate` reports the persona as having none.",
].join("\n");

/**
 * Front matter for an imported persona, serialised by the `yaml` package so that names such as
 * `SRE/On-call Engineer` or `Lead: Platform` are quoted exactly when YAML needs it. The id is always
 * written, so the persona keeps it if the file is renamed. Champions are left empty on purpose: the
 * importer cannot know them, and validation asks for them.
 */
export function renderImportedFrontMatter(fields: ImportedFrontMatter): string {
  const doc = new Document({
    name: fields.name,
    id: fields.id,
    status: "active",
    ...(fields.summary === undefined ? {} : { summary: fields.summary }),
    champions: [],
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.value === "champions") pair.key.commentBefore = CHAMPIONS_COMMENT;
    }
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}
