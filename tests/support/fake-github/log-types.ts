import type { RequestProblem } from "./openapi/validate-request.js";

/** One request the fake received, with the status it answered. */
export interface RequestLogEntry {
  method: string;
  /** Path without query and without a GHES "/api/v3" prefix, percent-decoded. */
  path: string;
  /** The same path exactly as sent. */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  status: number;
  /** OpenAPI operationId ("issues/create-label"), "graphql", or undefined for unknown endpoints. */
  operationId: string | undefined;
  /** Whether the request changes state: non-GET REST calls and GraphQL mutations, not token minting. */
  write: boolean;
}

export type ViolationKind =
  | RequestProblem["kind"]
  | "unknown-endpoint"
  | "unimplemented"
  | "invalid-json"
  | "invalid-response"
  | "fake-error"
  | "graphql-invalid"
  | "graphql-unimplemented";

/** A request GitHub would reject or that the fake cannot answer faithfully. Each one fails a strict test. */
export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId: string | undefined;
  message: string;
}

/** One GraphQL operation the fake received. */
export interface GraphqlLogEntry {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
  /** "query" or "mutation" (undefined when the document did not parse). */
  operation: "query" | "mutation" | "subscription" | undefined;
  /** Top-level field names, e.g. ["addProjectV2ItemById"]. */
  rootFields: string[];
}
