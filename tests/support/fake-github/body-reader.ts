import { GitHubHttpError } from "./errors.js";
import type { Json, JsonObject } from "./openapi/json.js";

/**
 * Typed reads from a request body that already passed schema validation. A wrong type here means the
 * description allows something the fake does not model, so it answers 422 rather than guessing.
 */
export function optString(body: JsonObject, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw typeError(key, "a string");
  return value;
}

/** Like optString but keeps an explicit null (used for "clear this field"). */
export function optNullableString(body: JsonObject, key: string): string | null | undefined {
  return body[key] === null ? null : optString(body, key);
}

export function requireString(body: JsonObject, key: string): string {
  const value = optString(body, key);
  if (value === undefined) throw new GitHubHttpError(422, `Invalid request.\n\n"${key}" wasn't supplied.`);
  return value;
}

export function optBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw typeError(key, "a boolean");
  return value;
}

/** Strings, or objects with a `name` (issue labels accept both). */
export function optNameList(body: JsonObject, key: string): string[] | undefined {
  const value: Json | undefined = body[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw typeError(key, "an array");
  return value.map((item) => {
    if (typeof item === "string") return item;
    if (item !== null && typeof item === "object" && !Array.isArray(item) && typeof item["name"] === "string") return item["name"];
    throw typeError(key, "an array of names");
  });
}

function typeError(key: string, expected: string): GitHubHttpError {
  return new GitHubHttpError(422, `Invalid request.\n\nFor '${key}', expected ${expected}.`);
}
