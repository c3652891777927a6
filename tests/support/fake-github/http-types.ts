import type { IncomingHttpHeaders } from "node:http";
import type { Json } from "./openapi/json.js";

/** A request after the HTTP layer: body read and JSON parsed. */
export interface IncomingRequest {
  method: string;
  /** Public URL of the request, including any "/api/v3" prefix (used for Link headers). */
  url: URL;
  /** Path as sent, with GHES's /api/v3 prefix removed and /api/graphql mapped to /graphql. */
  rawPath: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: Json | undefined;
  /** Set when the body was not valid JSON. */
  bodyError: string | undefined;
  token: string | undefined;
}

/** What the server writes back. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** JSON value to serialise, or undefined for no body. */
  body: unknown;
  operationId: string | undefined;
}
