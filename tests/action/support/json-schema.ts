import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

/**
 * SchemaStore's GitHub schemas, kept next to the project (`../shared/schemas`) rather than in it;
 * `PERSONA_GOV_SCHEMAS` points elsewhere when the checkout is laid out differently.
 */
export function schemasDir(env: Record<string, string | undefined> = process.env): string {
  const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
  return env.PERSONA_GOV_SCHEMAS ?? resolve(repoRoot, "../shared/schemas");
}

/** Compiles one schema the way GitHub-file tests use them: draft-07, all errors, formats on, not strict. */
export function compileSchema(file: string): ValidateFunction {
  const path = resolve(schemasDir(), file);
  if (!existsSync(path)) throw new Error(`JSON schema not found at ${path}; set PERSONA_GOV_SCHEMAS to the folder holding SchemaStore's ${file}`);
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, "utf8")) as object);
}
