import { isJsonObject, type Json, type JsonObject } from "./json.js";

/** One parameter of an operation, with `$ref`s to `#/components/parameters` already resolved. */
export interface ParamSpec {
  name: string;
  in: string;
  required: boolean;
  schema: JsonObject;
  /** GitHub's `x-multi-segment`: the value may contain unencoded slashes (file paths, refs). */
  multiSegment: boolean;
}

/** The compact form of one REST operation that the fake needs for routing and validation. */
export interface OperationSpec {
  method: string;
  template: string;
  operationId: string;
  docUrl: string;
  params: ParamSpec[];
  body: { schema: JsonObject; required: boolean } | undefined;
}

/** Every operation plus the component schemas that its parameters and request bodies refer to. */
export interface SpecIndex {
  operations: OperationSpec[];
  schemas: Record<string, Json>;
}

/** JSON response schemas by "METHOD template" and status, plus every component schema. */
export interface ResponseIndex {
  responses: Map<string, Record<string, JsonObject>>;
  schemas: Record<string, Json>;
}

const METHODS = ["get", "put", "post", "patch", "delete", "head"];

/** Extracts the request-side index and the response schemas from the parsed OpenAPI document. */
export function buildIndex(spec: JsonObject): { index: SpecIndex; responses: ResponseIndex } {
  const components = asObject(spec["components"]);
  const sharedParams = asObject(components["parameters"]);
  const sharedResponses = asObject(components["responses"]);
  const schemas = asObject(components["schemas"]);
  const operations: OperationSpec[] = [];
  const responses = new Map<string, Record<string, JsonObject>>();
  for (const [template, pathItem] of Object.entries(asObject(spec["paths"]))) {
    for (const method of METHODS) {
      const op = asObject(pathItem)[method];
      if (!isJsonObject(op)) continue;
      const compact = compactOperation(method.toUpperCase(), template, op, sharedParams);
      operations.push(compact);
      responses.set(`${compact.method} ${template}`, responseSchemas(asObject(op["responses"]), sharedResponses));
    }
  }
  return { index: { operations, schemas: reachableSchemas(operations, schemas) }, responses: { responses, schemas } };
}

function compactOperation(method: string, template: string, op: JsonObject, shared: JsonObject): OperationSpec {
  const params = asArray(op["parameters"]).map((raw) => compactParam(raw, shared));
  const docs = asObject(op["externalDocs"]);
  const requestBody = asObject(op["requestBody"]);
  const content = asObject(requestBody["content"]);
  const media = content["application/json"] ?? Object.values(content)[0];
  const schema = isJsonObject(media) ? media["schema"] : undefined;
  return {
    method,
    template,
    operationId: String(op["operationId"]),
    docUrl: typeof docs["url"] === "string" ? docs["url"] : "https://docs.github.com/rest",
    params,
    body: isJsonObject(schema) ? { schema, required: requestBody["required"] === true } : undefined,
  };
}

function compactParam(raw: Json, shared: JsonObject): ParamSpec {
  let param = asObject(raw);
  const ref = param["$ref"];
  if (typeof ref === "string") param = asObject(shared[ref.split("/").pop() ?? ""]);
  return {
    name: String(param["name"]),
    in: String(param["in"]),
    required: param["required"] === true,
    schema: asObject(param["schema"]),
    multiSegment: param["x-multi-segment"] === true,
  };
}

function responseSchemas(declared: JsonObject, shared: JsonObject): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const [status, raw] of Object.entries(declared)) {
    let response = asObject(raw);
    const ref = response["$ref"];
    if (typeof ref === "string") response = asObject(shared[ref.split("/").pop() ?? ""]);
    const schema = asObject(asObject(asObject(response["content"])["application/json"])["schema"]);
    if (Object.keys(schema).length > 0) out[status] = schema;
  }
  return out;
}

/** The component schemas that request-side schemas reach through `$ref`, so the cached index stays small. */
function reachableSchemas(operations: readonly OperationSpec[], all: JsonObject): Record<string, Json> {
  const out: Record<string, Json> = {};
  const visit = (node: Json | undefined): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isJsonObject(node)) return;
    const ref = node["$ref"];
    const name = typeof ref === "string" && ref.startsWith("#/components/schemas/") ? ref.slice(21) : undefined;
    if (name !== undefined && !(name in out)) {
      out[name] = all[name] ?? {};
      visit(all[name]);
    }
    Object.values(node).forEach(visit);
  };
  for (const op of operations) {
    op.params.forEach((p) => visit(p.schema));
    visit(op.body?.schema);
  }
  return out;
}

function asObject(value: Json | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}
