import type { Server } from "node:http";
import { FailureQueue, type FailureSpec } from "./failures.js";
import type { Urls } from "./handler-types.js";
import { handleRest, type RestCore } from "./handle-rest.js";
import { restHandlers } from "./handlers/index.js";
import type { IncomingRequest, Reply } from "./http-types.js";
import { stop } from "./http-server.js";
import type { GraphqlLogEntry, RequestLogEntry, Violation } from "./log-types.js";
import { loadSpec } from "./openapi/load-spec.js";
import { RouteTable } from "./openapi/match-route.js";
import { FakeSeeds } from "./fake-seeds.js";
import type { FakeState } from "./state/records.js";

let routes: RouteTable | undefined;

/** Options of `startFakeGitHub`. */
export interface FakeGitHubOptions {
  /** `close()` throws when violations were recorded (default true). */
  strict?: boolean;
  /** Private repositories answer 404 to requests without an Authorization header (default false). */
  requireAuth?: boolean;
  /** Record unknown query parameters and body properties as violations (default true). */
  flagUnknownFields?: boolean;
  /** Also check the fake's own responses against GitHub's documented schemas (default false; slower). */
  validateResponses?: boolean;
  /** Clock for created_at/updated_at and rate-limit resets (default: real time). */
  now?: () => Date;
  /** Login that personal tokens act as (default "octocat"); installation tokens act as "<app-slug>[bot]". */
  actor?: string;
  /** The app that GET /app describes. */
  app?: { id?: number; slug?: string; name?: string; owner?: string };
  /** Base of html_url fields (default "https://github.com"). */
  htmlUrl?: string;
}

/** Handles GraphQL requests; set by the GraphQL module so REST-only users never load the schema. */
export type GraphqlDispatch = (fake: FakeGitHub, req: IncomingRequest) => Reply;

/** A running fake GitHub: seeding helpers (from FakeSeeds), request log, violations and failure injection. */
export class FakeGitHub extends FakeSeeds {
  readonly url: string;
  readonly requests: RequestLogEntry[] = [];
  readonly violations: Violation[] = [];
  readonly graphqlLog: GraphqlLogEntry[] = [];
  readonly urls: Urls;
  private readonly failures = new FailureQueue();
  private readonly server: Server;
  private readonly options: FakeGitHubOptions;
  private readonly graphql: GraphqlDispatch;

  constructor(server: Server, url: string, state: FakeState, options: FakeGitHubOptions, graphql: GraphqlDispatch) {
    super(state);
    this.server = server;
    this.url = url;
    this.urls = { api: url, html: options.htmlUrl ?? "https://github.com" };
    this.options = options;
    this.graphql = graphql;
  }

  /** "127.0.0.1:PORT", for Probot's GHE_HOST (with GHE_PROTOCOL=http; the /api/v3 prefix is accepted). */
  get gheHost(): string {
    return this.url.replace(/^http:\/\//, "");
  }

  /** Environment for a CLI or Action process talking to this fake. */
  env(token = "fake-token"): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_GRAPHQL_URL: `${this.url}/graphql`, GITHUB_SERVER_URL: this.urls.html, GITHUB_TOKEN: token };
  }

  /** Requests that change state (non-GET REST calls and GraphQL mutations; token minting excluded). */
  writes(): RequestLogEntry[] {
    return this.requests.filter((r) => r.write);
  }

  /** Forgets logged requests and GraphQL operations (violations are kept). */
  resetLog(): void {
    this.requests.length = 0;
    this.graphqlLog.length = 0;
  }

  /** Makes the next matching request(s) fail with the given status, headers and body. */
  failNext(spec: FailureSpec): void {
    this.failures.add(spec);
  }

  /** Returns the violations so far and clears them (for tests that provoke them on purpose). */
  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length);
  }

  /** Throws an error listing every violation, if any. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map(
      (v) => `- [${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ""}: ${v.message}`,
    );
    throw new Error(`fake GitHub recorded ${this.violations.length} violation(s):\n${lines.join("\n")}`);
  }

  /** Stops the server; in strict mode (the default) throws when violations were recorded. */
  async close(): Promise<void> {
    this.failures.clear();
    await stop(this.server);
    if (this.options.strict ?? true) this.assertNoViolations();
  }

  /** Routes one request to GraphQL or REST and logs it. A crash of the fake is recorded as a violation. */
  async dispatch(req: IncomingRequest): Promise<Reply> {
    const path = decodePath(req.rawPath);
    const isGraphql = req.method === "POST" && req.rawPath === "/graphql";
    const before = this.graphqlLog.length;
    let reply: Reply;
    try {
      reply = this.route(req, path, isGraphql);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.violations.push({ kind: "fake-error", method: req.method, path, operationId: undefined, message });
      reply = { status: 500, headers: {}, body: { message: `fake GitHub crashed: ${message}` }, operationId: undefined };
    }
    const mutation = this.graphqlLog.slice(before).some((g) => g.operation === "mutation");
    const write = isGraphql
      ? mutation
      : !["GET", "HEAD"].includes(req.method) && reply.operationId !== "apps/create-installation-access-token";
    const { method, rawPath, query, body } = req;
    this.requests.push({ method, path, rawPath, query, body, status: reply.status, operationId: reply.operationId, write });
    return reply;
  }

  private route(req: IncomingRequest, path: string, isGraphql: boolean): Reply {
    if (!isGraphql) return handleRest(this.restCore(), req, path);
    const injected = this.failures.take(req.method, path, req.rawPath, "graphql", this.state.now());
    return injected ? { ...injected, operationId: "graphql" } : this.graphql(this, req);
  }

  private restCore(): RestCore {
    routes ??= new RouteTable(loadSpec().operations);
    return {
      state: this.state,
      urls: this.urls,
      routes,
      handlers: restHandlers,
      failures: this.failures,
      violations: this.violations,
      requireAuth: this.options.requireAuth ?? false,
      flagUnknownFields: this.options.flagUnknownFields ?? true,
      validateResponses: this.options.validateResponses ?? false,
    };
  }
}

function decodePath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
