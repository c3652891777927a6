import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cachedJson } from "../disk-cache.js";
import { buildIndex, type ResponseIndex, type SpecIndex } from "./build-index.js";
import type { JsonObject } from "./json.js";

export type { OperationSpec, ParamSpec, SpecIndex } from "./build-index.js";

const SPEC_MODULE = "@octokit/openapi/generated/api.github.com.json";
let index: SpecIndex | undefined;
let responses: ResponseIndex | undefined;

function specPath(): string {
  return createRequire(import.meta.url).resolve(SPEC_MODULE);
}

function parseFullSpec(): SpecIndex {
  const built = buildIndex(JSON.parse(readFileSync(specPath(), "utf8")) as JsonObject);
  responses = built.responses;
  return built.index;
}

/**
 * The request-side index of GitHub's REST description (api.github.com). The description is ~11 MB, so
 * the compact index is cached on disk and kept in memory for the life of the process.
 */
export function loadSpec(): SpecIndex {
  index ??= cachedJson(specPath(), "api.github.com", parseFullSpec);
  return index;
}

/** Response schemas, from the full description (parsed on first use; only response validation needs it). */
export function loadResponses(): ResponseIndex {
  if (!responses) parseFullSpec();
  return responses!;
}
