import { FakeGitHub, type FakeGitHubOptions, type GraphqlDispatch } from "./fake-github.js";
import { handleGraphql } from "./graphql/handle-graphql.js";
import { listen } from "./http-server.js";
import { loadSpec } from "./openapi/load-spec.js";
import { createState } from "./state/create-state.js";
import { seedUser } from "./state/seed-accounts.js";

/**
 * Starts a fake GitHub on 127.0.0.1 with a random port. Use `gh.url` as Octokit's `baseUrl` or as
 * `GITHUB_API_URL`. Every request is checked against GitHub's OpenAPI description; close it with
 * `await gh.close()`, which throws when violations were recorded unless `strict: false`.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  loadSpec();
  const state = createState({
    ...(options.now ? { now: options.now } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.app ? { app: options.app } : {}),
  });
  seedUser(state, state.actor);
  const graphql: GraphqlDispatch = handleGraphql;
  // The server needs the dispatcher before the fake exists (the fake needs the server's URL).
  const holder: { fake?: FakeGitHub } = {};
  const { server, url } = await listen((req) => holder.fake!.dispatch(req));
  holder.fake = new FakeGitHub(server, url, state, options, graphql);
  return holder.fake;
}
