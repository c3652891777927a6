import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { isJsonObject, type Json, type JsonObject } from "./json.js";
import { loadSpec, type OperationSpec, type ParamSpec } from "./load-spec.js";
import { toStandaloneSchema } from "./normalise-schema.js";

/** What is wrong with a request, compared with GitHub's description of the operation. */
export interface RequestProblem {
  kind: "invalid-path-param" | "invalid-query" | "unknown-query-param" | "invalid-body" | "unknown-body-property";
  message: string;
}

interface OperationValidators {
  path: ValidateFunction;
  query: ValidateFunction;
  body: ValidateFunction | undefined;
  strictBody: ValidateFunction | undefined;
}

const paramAjv = createAjv(true);
const bodyAjv = createAjv(false);
const validators = new Map<string, OperationValidators>();

function createAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: coerce ? "array" : false });
  addFormats.default(ajv);
  // GitHub's description uses one custom format for "owner/name" strings; accept it as a plain string
  // rather than letting Ajv print a warning for every pull-request validation.
  ajv.addFormat("repo.nwo", /^[^/\s]+\/[^/\s]+$/);
  return ajv;
}

/**
 * Checks path parameters, query parameters and the JSON body of one request. Validators are compiled
 * on first use of an operation and kept for the life of the process.
 */
export function checkRequest(
  op: OperationSpec,
  params: Record<string, string>,
  query: Record<string, string>,
  body: unknown,
): RequestProblem[] {
  const v = validatorsFor(op);
  const problems: RequestProblem[] = [];
  if (!v.path({ ...params })) problems.push(...describe("invalid-path-param", "path", v.path.errors));
  const known = new Set(op.params.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of Object.keys(query).filter((n) => !known.has(n))) {
    problems.push({ kind: "unknown-query-param", message: `query parameter "${name}" is not defined for ${op.operationId}` });
  }
  if (!v.query({ ...query })) problems.push(...describe("invalid-query", "query", v.query.errors));
  problems.push(...checkBody(op, v, body));
  return problems;
}

function checkBody(op: OperationSpec, v: OperationValidators, body: unknown): RequestProblem[] {
  if (body === undefined) {
    return op.body?.required ? [{ kind: "invalid-body", message: `${op.operationId} requires a JSON body` }] : [];
  }
  if (!v.body || !v.strictBody) {
    const empty = isJsonObject(body) && Object.keys(body).length === 0;
    return empty ? [] : [{ kind: "unknown-body-property", message: `${op.operationId} takes no request body` }];
  }
  if (!v.body(body)) return describe("invalid-body", "body", v.body.errors);
  if (!v.strictBody(body)) return describe("unknown-body-property", "body", v.strictBody.errors);
  return [];
}

function validatorsFor(op: OperationSpec): OperationValidators {
  const key = `${op.method} ${op.template}`;
  let found = validators.get(key);
  if (!found) {
    const { schemas } = loadSpec();
    const bodySchema = op.body?.schema;
    found = {
      path: paramAjv.compile(
        paramsSchema(
          op.params.filter((p) => p.in === "path"),
          schemas,
        ),
      ),
      query: paramAjv.compile(
        paramsSchema(
          op.params.filter((p) => p.in === "query"),
          schemas,
        ),
      ),
      body: bodySchema && bodyAjv.compile(toStandaloneSchema(bodySchema, schemas, false)),
      strictBody: bodySchema && bodyAjv.compile(toStandaloneSchema(bodySchema, schemas, true)),
    };
    validators.set(key, found);
  }
  return found;
}

function paramsSchema(params: readonly ParamSpec[], schemas: Record<string, Json>): JsonObject {
  const properties: JsonObject = Object.fromEntries(params.map((p) => [p.name, p.schema]));
  const root: JsonObject = { type: "object", properties, required: params.filter((p) => p.required).map((p) => p.name) };
  return toStandaloneSchema(root, schemas, false);
}

function describe(kind: RequestProblem["kind"], where: string, errors: ErrorObject[] | null | undefined): RequestProblem[] {
  return (errors ?? []).map((error) => {
    const extra = error.keyword === "additionalProperties" ? ` ("${String(error.params["additionalProperty"])}")` : "";
    const allowed = error.keyword === "enum" ? `: ${JSON.stringify(error.params["allowedValues"])}` : "";
    return { kind, message: `${where}${error.instancePath} ${error.message ?? "is invalid"}${extra}${allowed}` };
  });
}
