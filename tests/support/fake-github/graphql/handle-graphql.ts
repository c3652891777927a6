import {
  executeSync,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from "graphql";
import type { FakeGitHub } from "../fake-github.js";
import type { IncomingRequest, Reply } from "../http-types.js";
import type { GraphqlLogEntry, Violation } from "../log-types.js";
import { isJsonObject } from "../openapi/json.js";
import type { GqlContext } from "./context.js";
import { FakeGraphqlError } from "./graphql-error.js";
import { loadGithubSchema } from "./load-schema.js";
import { rootValue } from "./root-value.js";

function reply(body: unknown): Reply {
  return { status: 200, headers: {}, body, operationId: "graphql" };
}

function operationOf(doc: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  return name ? ops.find((o) => o.name?.value === name) : ops[0];
}

/** GitHub's error shape: its `type` (NOT_FOUND, FORBIDDEN, ...) sits beside path, locations and message. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const original = error.originalError;
  const type = original instanceof FakeGraphqlError ? original.type : undefined;
  const message =
    original && !(original instanceof FakeGraphqlError) ? `fake GitHub crashed: ${original.stack ?? original.message}` : error.message;
  return {
    ...(type ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message,
  };
}

/**
 * POST /graphql: parse the document, validate it against GitHub's schema, log it, and execute it over
 * the in-memory state. Invalid documents, unimplemented root fields and fields the fake does not model
 * are answered with GraphQL errors and recorded as violations.
 */
export function handleGraphql(fake: FakeGitHub, req: IncomingRequest): Reply {
  const violate = (kind: Violation["kind"], message: string): void => {
    fake.violations.push({ kind, method: "POST", path: "/graphql", operationId: "graphql", message });
  };
  const body = isJsonObject(req.body) ? req.body : {};
  const query = body["query"];
  const variables = isJsonObject(body["variables"]) ? body["variables"] : {};
  const operationName = typeof body["operationName"] === "string" ? body["operationName"] : undefined;
  if (typeof query !== "string") {
    violate("graphql-invalid", "request has no query string");
    return reply({ errors: [{ message: "A query attribute must be specified and must be a string." }] });
  }
  const entry: GraphqlLogEntry = { query, variables, operationName, operation: undefined, rootFields: [] };
  fake.graphqlLog.push(entry);
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (error) {
    violate("graphql-invalid", String(error));
    return reply({ errors: [formatError(error as GraphQLError)] });
  }
  const operation = operationOf(doc, operationName);
  entry.operation = operation?.operation;
  entry.rootFields = (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === "Field" ? [s.name.value] : []));
  const problems = validate(loadGithubSchema(), doc);
  if (problems.length > 0) {
    for (const p of problems) violate("graphql-invalid", p.message);
    return reply({ errors: problems.map(formatError) });
  }
  return execute(fake, req, doc, entry, violate);
}

function execute(
  fake: FakeGitHub,
  req: IncomingRequest,
  doc: DocumentNode,
  entry: GraphqlLogEntry,
  violate: (kind: Violation["kind"], message: string) => void,
): Reply {
  const ctx: GqlContext = { state: fake.state, urls: fake.urls, token: req.token };
  const root = rootValue(ctx);
  const missing = entry.rootFields.filter((f) => f !== "__typename" && !(f in root));
  if (missing.length > 0) {
    for (const f of missing) violate("graphql-unimplemented", `the fake does not implement the root field ${f}`);
    return reply({ errors: missing.map((f) => ({ message: `fake GitHub does not implement ${f}` })) });
  }
  const fieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (source, args, context, info) => {
    if (typeof source !== "object" || source === null || !(info.fieldName in source)) {
      violate("graphql-unimplemented", `the fake does not model ${info.parentType.name}.${info.fieldName}`);
      return null;
    }
    const value: unknown = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === "function" ? (value as (a: unknown, c: GqlContext, i: unknown) => unknown)(args, context, info) : value;
  };
  const result = executeSync({
    schema: loadGithubSchema(),
    document: doc,
    rootValue: root,
    contextValue: ctx,
    variableValues: entry.variables,
    operationName: entry.operationName ?? null,
    fieldResolver,
  });
  // Errors without an original error come from graphql itself (bad variables): the request was wrong.
  for (const error of result.errors ?? []) if (!error.originalError) violate("graphql-invalid", error.message);
  return reply({ data: result.data ?? null, ...(result.errors ? { errors: result.errors.map(formatError) } : {}) });
}
