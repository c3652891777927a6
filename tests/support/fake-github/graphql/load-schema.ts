import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { buildClientSchema, buildSchema, introspectionFromSchema, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { cachedJson } from "../disk-cache.js";

let schema: GraphQLSchema | undefined;

/** The package's `exports` hide its schema files from require.resolve, so look in node_modules directly. */
function sdlPath(): string {
  const dirs = createRequire(import.meta.url).resolve.paths("@octokit/graphql-schema") ?? [];
  const found = dirs.map((dir) => join(dir, "@octokit", "graphql-schema", "schema.graphql")).find((path) => existsSync(path));
  if (!found) throw new Error("fake GitHub: @octokit/graphql-schema is not installed");
  return found;
}

function introspect(path: string): IntrospectionQuery {
  const built = buildSchema(readFileSync(path, "utf8"), { assumeValidSDL: true });
  return introspectionFromSchema(built, { descriptions: false, inputValueDeprecation: true, directiveIsRepeatable: true });
}

/**
 * GitHub's public GraphQL schema, built once per process on first use. It comes from the package's
 * schema.graphql (its schema.json lags behind: it lacks updateProjectV2Field, for one); the SDL is slow
 * to build, so an introspection result without descriptions is cached on disk.
 */
export function loadGithubSchema(): GraphQLSchema {
  if (!schema) {
    const path = sdlPath();
    schema = buildClientSchema(
      cachedJson(path, "github-graphql", () => introspect(path)),
      { assumeValid: true },
    );
  }
  return schema;
}
