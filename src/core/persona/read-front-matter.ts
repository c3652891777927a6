import { zodIssuesToDiagnostics } from "../config/parse-config.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedYaml } from "../yaml/parse-yaml.js";
import { frontMatterSchema, type FrontMatter } from "./front-matter-schema.js";

/**
 * Validates parsed front matter against the schema. Every problem is reported at its key's line, and
 * misspelt keys get a "did you mean".
 */
export interface ReadFrontMatter {
  frontMatter?: FrontMatter;
  /** The `id` as written, even when other keys are invalid, so other docs can still refer to it. */
  declaredId?: string;
  diagnostics: Diagnostic[];
}

export function readFrontMatter(file: string, yaml: ParsedYaml): ReadFrontMatter {
  if (yaml.errors.length > 0) {
    return {
      diagnostics: yaml.errors.map((e) =>
        diagnostic({ file, line: e.line, column: e.column, severity: "error", rule: "yaml-syntax", message: `YAML error in front matter: ${e.message}`, suggestion: "fix the YAML syntax at this line" }),
      ),
    };
  }
  const value = yaml.value ?? {};
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      diagnostics: [diagnostic({ file, line: 2, column: 1, severity: "error", rule: "front-matter-schema", message: "front matter must be a YAML mapping of keys such as `name:` and `champions:`" })],
    };
  }
  const rawId: unknown = (value as Record<string, unknown>).id;
  const declared = typeof rawId === "string" ? { declaredId: rawId } : {};
  const result = frontMatterSchema.safeParse(value, { reportInput: true });
  if (result.success) return { frontMatter: result.data, ...declared, diagnostics: [] };
  // Malformed champions get their own rule id, so the README can explain handles in one place.
  const champions = result.error.issues.filter((issue) => issue.path[0] === "champions");
  const others = result.error.issues.filter((issue) => issue.path[0] !== "champions");
  return {
    ...declared,
    diagnostics: [
      ...zodIssuesToDiagnostics(others, yaml, file, "front-matter-schema", frontMatterSchema),
      ...zodIssuesToDiagnostics(champions, yaml, file, "champion-malformed", frontMatterSchema),
    ],
  };
}
