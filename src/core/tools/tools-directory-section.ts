import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { DirectorySection } from "../sync/render-directory.js";
import { relativeLink } from "../sync/repo-paths.js";
import { buildToolIndex } from "./build-tool-index.js";
import { renderToolsTable } from "./render-tools-table.js";

/**
 * The directory page's "Tools" section: the tool index as a table sorted by reach, with persona names
 * linking to their docs. Absent when there are no tools at all (no registry and no workflow map names
 * one), so a program that does not track tools gets no empty table.
 */
export function toolsDirectorySection(personas: readonly Persona[], config: Pick<Config, "tools" | "phases" | "personas">): DirectorySection | undefined {
  const index = buildToolIndex(personas, config);
  if (index.length === 0) return undefined;
  const folder = config.personas.path.replace(/^\/+|\/+$/g, "");
  const files = new Map(personas.map((persona) => [persona.id, persona.file] as const));
  const personaLink = (id: string) => {
    const file = files.get(id);
    return file === undefined ? undefined : relativeLink(folder, file);
  };
  const intro = "Every tool in the settings' registry or named in a workflow map, by reach: the sum of the sizes of the personas using it (people in several personas count once per persona). Run `persona-gov tools NAME` for how each persona uses a tool.";
  return { heading: "Tools", body: `${intro}\n\n${renderToolsTable(index, { personaLink })}` };
}
