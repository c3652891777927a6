import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadResponses, type OperationSpec } from "./load-spec.js";
import { toStandaloneSchema } from "./normalise-schema.js";

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats.default(ajv);
ajv.addFormat("repo.nwo", /^[^/\s]+\/[^/\s]+$/);
const compiled = new Map<string, ValidateFunction | null>();

/**
 * Checks a response body the fake generated against the schema GitHub documents for that status, so
 * the fake's shapes stay faithful. Returns messages; empty when valid or when no schema is documented.
 */
export function checkResponse(op: OperationSpec, status: number, body: unknown): string[] {
  const key = `${op.method} ${op.template} ${status}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const { responses, schemas } = loadResponses();
    const schema = responses.get(`${op.method} ${op.template}`)?.[String(status)];
    validate = schema ? ajv.compile(toStandaloneSchema(schema, schemas, false)) : null;
    compiled.set(key, validate);
  }
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `response${e.instancePath} ${e.message ?? "is invalid"}`);
}
