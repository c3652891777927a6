import { isJsonObject, type Json, type JsonObject } from "./json.js";

const COMPONENT_PREFIX = "#/components/schemas/";
const COMBINATORS = ["allOf", "anyOf", "oneOf"];

/**
 * Turns an OpenAPI 3.0 schema into a self-contained JSON Schema for Ajv: component `$ref`s are copied
 * into `definitions`, and `nullable: true` becomes a `null` type (Ajv rejects `nullable` without `type`).
 * With `closeObjects`, objects that list their properties reject unknown ones, which catches typos
 * such as `colour` for `color` that GitHub would silently ignore.
 */
export function toStandaloneSchema(root: JsonObject, components: Record<string, Json>, closeObjects: boolean): JsonObject {
  const definitions: JsonObject = {};
  const pending: { key: string; name: string; closable: boolean }[] = [];
  const convert = (node: Json, closable: boolean): Json => {
    if (Array.isArray(node)) return node.map((item) => convert(item, closable));
    if (!isJsonObject(node)) return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_PREFIX)) {
        const name = value.slice(COMPONENT_PREFIX.length);
        const defKey = closable ? name : `${name}__open`;
        if (!(defKey in definitions)) {
          definitions[defKey] = {};
          pending.push({ key: defKey, name, closable });
        }
        out[key] = `#/definitions/${defKey}`;
      } else if (key === "properties" && isJsonObject(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, true)]));
      } else {
        // Members of a combinator only describe part of the object, so closing them would reject valid input.
        out[key] = convert(value, !COMBINATORS.includes(key));
      }
    }
    return nullableToType(closeObject(out, closeObjects && closable));
  };
  const schema = convert(root, true);
  while (pending.length > 0) {
    const next = pending.pop()!;
    definitions[next.key] = convert(components[next.name] ?? {}, next.closable);
  }
  return { ...(isJsonObject(schema) ? schema : {}), definitions };
}

function nullableToType(node: JsonObject): JsonObject {
  if (node["nullable"] !== true) return node;
  const { nullable: _nullable, ...rest } = node;
  const type = rest["type"];
  if (typeof type === "string") {
    const enumValues = rest["enum"];
    const withNullEnum = Array.isArray(enumValues) ? { enum: [...enumValues, null] } : {};
    return { ...rest, type: [type, "null"], ...withNullEnum };
  }
  return { anyOf: [rest, { type: "null" }] };
}

function closeObject(node: JsonObject, close: boolean): JsonObject {
  if (!close || !isJsonObject(node["properties"]) || "additionalProperties" in node) return node;
  if (COMBINATORS.some((key) => key in node)) return node;
  return { ...node, additionalProperties: false };
}
