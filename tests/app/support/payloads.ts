import { createRequire } from "node:module";

/** One example payload of `@octokit/webhooks-examples`, as GitHub documented it. */
interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const EXAMPLES = require("@octokit/webhooks-examples/api.github.com/index.json") as ExampleGroup[];

/** A deep copy of a real example payload for `name` (and `action`), so a test can adjust it freely. */
export function examplePayload(name: string, action?: string): Record<string, unknown> {
  const group = EXAMPLES.find((entry) => entry.name === name);
  const example = group?.examples.find((candidate) => action === undefined || candidate["action"] === action);
  if (example === undefined) throw new Error(`no @octokit/webhooks-examples payload for ${name}${action ? `.${action}` : ""}`);
  return structuredClone(example);
}

export interface Target {
  owner: string;
  repo: string;
  installationId: number;
  /** The person the event comes from. */
  sender: string;
  senderType?: "User" | "Bot";
  ownerType?: "User" | "Organization";
}

/**
 * Points an example payload at a repository of the fake GitHub: the repository's names and URLs, its
 * owner, the sender, and `installation.id`, which the examples lack but Probot needs.
 */
export function retarget(payload: Record<string, unknown>, target: Target): Record<string, unknown> {
  const repository = payload["repository"] as Record<string, unknown>;
  const owner = repository["owner"] as Record<string, unknown>;
  Object.assign(owner, { login: target.owner, name: target.owner, type: target.ownerType ?? "Organization" });
  Object.assign(repository, {
    name: target.repo,
    full_name: `${target.owner}/${target.repo}`,
    html_url: `https://github.com/${target.owner}/${target.repo}`,
    default_branch: "main",
    master_branch: "main",
  });
  payload["installation"] = { id: target.installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNw==" };
  payload["sender"] = { ...(payload["sender"] as Record<string, unknown>), login: target.sender, type: target.senderType ?? "User" };
  return payload;
}

/** A user object as payloads carry them. */
export function userObject(login: string, type: "User" | "Bot" = "User"): Record<string, unknown> {
  return { login, id: 1000 + login.length, node_id: `U_${login}`, type, site_admin: false };
}
