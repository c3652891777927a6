import type { z } from "zod";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import { parseYaml, type ParsedYaml } from "../yaml/parse-yaml.js";
import { configSchema, type Config } from "./config-schema.js";
import { keysAt } from "./schema-keys.js";

export const DEFAULT_CONFIG_PATH = ".github/persona-governance.yml";

export interface ParsedConfig {
  /** Always usable: when the file has errors, the defaults stand in so the rest can still be checked. */
  config: Config;
  diagnostics: Diagnostic[];
}

/** The configuration with every default applied, as if the file were absent. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}

/**
 * Parses and validates the settings file. Every problem is reported at the offending key's line, with
 * the key path in the message and a "did you mean" for misspelt keys.
 *
 * @param text the file's contents, or undefined when the repository has no settings file
 * @param file the path to name in diagnostics
 */
export function parseConfig(text: string | undefined, file = DEFAULT_CONFIG_PATH): ParsedConfig {
  if (text === undefined || text.trim() === "") return { config: defaultConfig(), diagnostics: [] };
  const yaml = parseYaml(text);
  if (yaml.errors.length > 0) {
    return {
      config: defaultConfig(),
      diagnostics: yaml.errors.map((e) =>
        diagnostic({ file, line: e.line, column: e.column, severity: "error", rule: "config-yaml", message: `YAML error: ${e.message}`, suggestion: "fix the YAML syntax at this line" }),
      ),
    };
  }
  const value = yaml.value ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      config: defaultConfig(),
      diagnostics: [diagnostic({ file, line: 1, column: 1, severity: "error", rule: "config-schema", message: "the settings file must be a YAML mapping of keys such as `personas:` and `tools:`" })],
    };
  }
  const result = configSchema.safeParse(value, { reportInput: true });
  if (result.success) return { config: result.data, diagnostics: [] };
  return { config: defaultConfig(), diagnostics: zodIssuesToDiagnostics(result.error.issues, yaml, file, "config-schema", configSchema) };
}

/**
 * Turns zod issues into diagnostics located at the key they concern. Shared by every YAML document we
 * validate with zod (config, persona front matter, survey questions). Parse with `{ reportInput: true }`
 * so that type errors can say what was found; pass the schema so unknown keys get a "did you mean".
 */
export function zodIssuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  yaml: Pick<ParsedYaml, "locate">,
  file: string,
  rule: string,
  schema?: unknown,
  severity: Diagnostic["severity"] = "error",
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const known = schema === undefined ? [] : keysAt(schema, path);
        const near = known.length > 0 ? closestMatch(key, known) : undefined;
        out.push(
          diagnostic({
            file,
            ...yaml.locate(keyPath),
            severity,
            rule,
            message: `unknown key \`${formatPath(keyPath)}\``,
            suggestion: near ? `did you mean \`${formatPath([...path, near])}\`?` : "remove it, or check the configuration reference in the README",
          }),
        );
      }
      continue;
    }
    out.push(
      diagnostic({
        file,
        ...yaml.locate(path),
        severity,
        rule,
        message: path.length > 0 ? `\`${formatPath(path)}\` ${describe(issue)}` : describe(issue),
      }),
    );
  }
  return out;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return `is required (expected ${issue.expected})`;
    return `must be ${article(issue.expected)} (got ${typeName(issue.input)})`;
  }
  if (issue.code === "invalid_value") {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return issue.message.startsWith("must") ? issue.message : lowerFirst(issue.message);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(expected: string): string {
  if (expected === "array") return "a list";
  if (expected === "object") return "a mapping";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
