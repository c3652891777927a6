import type { Config } from "../config/config-schema.js";
import { DEFAULT_CONFIG_PATH } from "../config/parse-config.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Persona } from "../persona/persona.js";
import type { RepoSnapshot } from "../repo/repo-snapshot.js";
import { parseYaml } from "../yaml/parse-yaml.js";

export interface ConfigSource {
  /** Repository-relative path of the settings file. */
  file: string;
  /** Its text, to point at each tool's line; without it diagnostics point at line 1. */
  text?: string;
}

/**
 * Warns about each registry tool that no persona's workflow map names, by name or alias, ignoring
 * case (rule `unused-tool`): either the tool is gone and the entry is stale, or a workflow map is
 * missing it, and the tool index would show it with no reach. Retired personas do not count as users.
 * Each warning points at the tool's entry in the settings file.
 */
export function checkUnusedTools(config: Pick<Config, "tools">, personas: readonly Pick<Persona, "status" | "workflow">[], source: ConfigSource = { file: DEFAULT_CONFIG_PATH }): Diagnostic[] {
  if (config.tools.length === 0) return [];
  const named = new Set<string>();
  for (const persona of personas) {
    if (persona.status === "retired") continue;
    for (const step of persona.workflow) for (const tool of step.tools) named.add(tool.toLowerCase());
  }
  const yaml = source.text === undefined ? undefined : parseYaml(source.text);
  const out: Diagnostic[] = [];
  config.tools.forEach((tool, index) => {
    if ([tool.name, ...tool.aliases].some((name) => named.has(name.toLowerCase()))) return;
    const at = yaml?.locate(["tools", index, "name"]) ?? { line: 1, column: 1 };
    out.push(
      diagnostic({
        file: source.file,
        ...at,
        severity: "warning",
        rule: "unused-tool",
        message: `tool "${tool.name}" is in the tools registry, but no active or draft persona's workflow map names it`,
        suggestion: "add it to the workflow map of the personas that use it, or remove it from `tools` if nobody does",
      }),
    );
  });
  return out;
}

/**
 * `checkUnusedTools` for the validator, which has the settings file only as bytes in the snapshot.
 *
 * @param configFile the settings file that was read, or undefined when the defaults apply
 */
export function checkUnusedToolsInSnapshot(
  snapshot: RepoSnapshot,
  config: Pick<Config, "tools">,
  personas: readonly Pick<Persona, "status" | "workflow">[],
  configFile: string | undefined,
): Diagnostic[] {
  const bytes = configFile === undefined ? undefined : snapshot.files.get(configFile);
  const source: ConfigSource = { file: configFile ?? DEFAULT_CONFIG_PATH };
  if (bytes !== undefined) source.text = new TextDecoder().decode(bytes);
  return checkUnusedTools(config, personas, source);
}
