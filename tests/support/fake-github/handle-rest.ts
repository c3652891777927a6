import { createHash } from "node:crypto";
import { errorBody, GitHubHttpError } from "./errors.js";
import type { FailureQueue } from "./failures.js";
import { RawText, type Handler, type HandlerResult, type Urls } from "./handler-types.js";
import type { IncomingRequest, Reply } from "./http-types.js";
import type { Violation } from "./log-types.js";
import { isJsonObject } from "./openapi/json.js";
import type { OperationSpec } from "./openapi/load-spec.js";
import type { RouteTable } from "./openapi/match-route.js";
import { checkRequest } from "./openapi/validate-request.js";
import { checkResponse } from "./openapi/validate-response.js";
import { paginate } from "./pagination.js";
import { findRepo } from "./state/lookup.js";
import type { FakeState } from "./state/records.js";

/** Everything the REST pipeline reads or records. */
export interface RestCore {
  state: FakeState;
  urls: Urls;
  routes: RouteTable;
  handlers: Readonly<Record<string, Handler>>;
  failures: FailureQueue;
  violations: Violation[];
  requireAuth: boolean;
  /** Record unknown query parameters and body properties (GitHub ignores them, but they are usually typos). */
  flagUnknownFields: boolean;
  /** Check the fake's own responses against the documented schemas (a self-test of the fake). */
  validateResponses: boolean;
}

const DOCS = "https://docs.github.com/rest";

/**
 * The REST pipeline: route against the OpenAPI description, validate, apply injected failures, run
 * the handler, then paginate and honour If-None-Match. Unknown endpoints and invalid requests are
 * answered the way GitHub would and recorded as violations.
 */
export function handleRest(core: RestCore, req: IncomingRequest, path: string): Reply {
  const violate = (kind: Violation["kind"], message: string, operationId?: string): void => {
    core.violations.push({ kind, method: req.method, path, operationId, message });
  };
  if (req.bodyError) {
    violate("invalid-json", req.bodyError);
    return reply(400, errorBody(400, "Problems parsing JSON", DOCS), undefined);
  }
  const match = core.routes.match(req.method, req.rawPath);
  if (!match) {
    violate("unknown-endpoint", `GitHub has no endpoint ${req.method} ${path}`);
    return reply(404, errorBody(404, "Not Found", DOCS), undefined);
  }
  const op = match.operation;
  const problems = checkRequest(op, match.params, req.query, req.body).filter(
    (p) => core.flagUnknownFields || (p.kind !== "unknown-query-param" && p.kind !== "unknown-body-property"),
  );
  for (const problem of problems) violate(problem.kind, problem.message, op.operationId);
  const rejection = rejectionFor(
    problems.map((p) => p.kind),
    problems.map((p) => p.message),
    op,
  );
  if (rejection) return rejection;
  const injected = core.failures.take(req.method, path, req.rawPath, op.operationId, core.state.now());
  if (injected) return { ...injected, operationId: op.operationId };
  if (core.requireAuth && req.token === undefined && isPrivateRepo(core.state, match.params)) {
    return reply(404, errorBody(404, "Not Found", op.docUrl), op.operationId);
  }
  const handler = core.handlers[op.operationId];
  if (!handler) {
    violate("unimplemented", `the fake does not implement ${op.operationId} (${op.method} ${op.template})`, op.operationId);
    return reply(404, errorBody(404, "Not Found", op.docUrl), op.operationId);
  }
  return runHandler(core, req, op, match.params, handler);
}

function rejectionFor(kinds: readonly string[], messages: readonly string[], op: OperationSpec): Reply | undefined {
  if (kinds.includes("invalid-path-param")) return reply(404, errorBody(404, "Not Found", op.docUrl), op.operationId);
  if (kinds.includes("invalid-body") || kinds.includes("invalid-query")) {
    const text = `Invalid request.\n\n${messages.join("\n")}`;
    return reply(422, errorBody(422, text, op.docUrl), op.operationId);
  }
  return undefined;
}

function runHandler(core: RestCore, req: IncomingRequest, op: OperationSpec, params: Record<string, string>, handler: Handler): Reply {
  let result: HandlerResult;
  try {
    const body = isJsonObject(req.body) ? req.body : {};
    result = handler({
      state: core.state,
      operation: op,
      params,
      query: req.query,
      body,
      rawBody: req.body,
      token: req.token,
      accept: String(req.headers["accept"] ?? ""),
      urls: core.urls,
    });
  } catch (error) {
    if (!(error instanceof GitHubHttpError)) throw error;
    return {
      status: error.status,
      headers: error.headers,
      body: errorBody(error.status, error.message, op.docUrl, error.errors),
      operationId: op.operationId,
    };
  }
  const headers: Record<string, string> = { ...result.headers };
  let body = result.body;
  if (result.page) {
    const slice = paginate(result.page, req.url);
    body = slice.body;
    if (slice.link) headers["link"] = slice.link;
  }
  if (req.method === "GET" && result.status === 200) {
    const etag = `W/"${createHash("sha1")
      .update(JSON.stringify(body ?? null))
      .digest("hex")}"`;
    headers["etag"] = etag;
    const wanted = req.headers["if-none-match"];
    if (typeof wanted === "string" && wanted.split(",").some((t) => t.trim() === etag || t.trim() === etag.slice(2))) {
      return { status: 304, headers, body: undefined, operationId: op.operationId };
    }
  }
  if (core.validateResponses && !(body instanceof RawText)) {
    for (const message of checkResponse(op, result.status, body)) {
      core.violations.push({ kind: "invalid-response", method: req.method, path: req.rawPath, operationId: op.operationId, message });
    }
  }
  return { status: result.status, headers, body, operationId: op.operationId };
}

function isPrivateRepo(state: FakeState, params: Record<string, string>): boolean {
  const owner = params["owner"];
  const name = params["repo"];
  return owner !== undefined && name !== undefined && findRepo(state, owner, name)?.private === true;
}

function reply(status: number, body: unknown, operationId: string | undefined): Reply {
  return { status, headers: {}, body, operationId };
}
