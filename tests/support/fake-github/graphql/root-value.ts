import { findUser } from "../state/lookup.js";
import { actorFor } from "../state/lookup.js";
import type { GqlContext, GqlObject } from "./context.js";
import { FakeGraphqlError } from "./graphql-error.js";
import { findRepoObject, ownerObject } from "./model-accounts.js";
import { nodeObject } from "./model-nodes.js";
import { projectMutations } from "./mutations-projects.js";

/** Root query and mutation fields the fake answers; any other root field is reported as unimplemented. */
export function rootValue(ctx: GqlContext): Record<string, unknown> {
  const owner = (kind: "Organization" | "User", login: string): GqlObject => {
    const found = ownerObject(ctx, login, kind);
    if (!found)
      throw new FakeGraphqlError(
        "NOT_FOUND",
        `Could not resolve to ${kind === "User" ? "a User" : "an Organization"} with the login of '${login}'.`,
      );
    return found;
  };
  const reset = new Date(ctx.state.now().getTime() + 3600_000).toISOString();
  return {
    organization: (args: { login: string }) => owner("Organization", args.login),
    user: (args: { login: string }) => owner("User", args.login),
    repository: (args: { owner: string; name: string }) => findRepoObject(ctx, args.owner, args.name),
    node: (args: { id: string }) => nodeObject(ctx, args.id),
    nodes: (args: { ids: string[] }) => args.ids.map((id) => nodeObject(ctx, id)),
    viewer: () => {
      const login = actorFor(ctx.state, ctx.token);
      return ownerObject(ctx, findUser(ctx.state, login)?.login ?? login, "User");
    },
    rateLimit: { __typename: "RateLimit", cost: 1, limit: 5000, nodeCount: 0, remaining: 4999, resetAt: reset, used: 1 },
    ...projectMutations(ctx),
  };
}
