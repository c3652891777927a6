import type { Json, JsonObject } from "./openapi/json.js";
import type { OperationSpec } from "./openapi/load-spec.js";
import type { FakeState } from "./state/records.js";

/** Base URLs used inside response bodies. */
export interface Urls {
  /** Where the API is served, e.g. http://127.0.0.1:PORT. */
  api: string;
  /** Web URLs (html_url), e.g. https://github.com. */
  html: string;
}

/** A validated request, as a handler sees it. */
export interface HandlerContext {
  state: FakeState;
  operation: OperationSpec;
  /** Decoded path parameters. */
  params: Record<string, string>;
  query: Record<string, string>;
  /** The JSON body when it is an object ({} when there was none); checked against the operation's schema. */
  body: JsonObject;
  /** The parsed body as sent (some operations accept a bare array or string). */
  rawBody: Json | undefined;
  token: string | undefined;
  /** The request's Accept header ("" when absent), for media types such as `application/vnd.github.raw`. */
  accept: string;
  urls: Urls;
}

/** A non-JSON response body, such as a file's raw content. */
export class RawText {
  readonly text: string;
  readonly contentType: string;

  constructor(text: string, contentType = "text/plain; charset=utf-8") {
    this.text = text;
    this.contentType = contentType;
  }
}

/** A list response the server paginates with `per_page`/`page` and a Link header. */
export interface PageResult {
  items: unknown[];
  /** For wrapped lists such as `{total_count, check_runs: [...]}`: the array's key. */
  key?: string;
  /** Other fields of a wrapped list. */
  extra?: Record<string, unknown>;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  page?: PageResult;
}

/** Implements one REST operation (by operationId) over the in-memory state. */
export type Handler = (ctx: HandlerContext) => HandlerResult;
