import { INSTALLATION_ID, ORG } from "./app-harness.js";
import { examplePayload, userObject } from "./payloads.js";

/** A real installation example payload for the `acme` organisation, giving the App `repos`. */
export function installationPayload(action: "created" | "added", repos: readonly string[]): { name: string; payload: Record<string, unknown> } {
  const name = action === "created" ? "installation" : "installation_repositories";
  const payload = examplePayload(name, action);
  const installation = payload["installation"] as Record<string, unknown>;
  payload["installation"] = { ...installation, id: INSTALLATION_ID, account: { ...(installation["account"] as object), login: ORG, type: "Organization" } };
  payload["sender"] = userObject("pat");
  const listed = repos.map((repo, index) => ({ id: 500 + index, node_id: `R_${repo}`, name: repo, full_name: `${ORG}/${repo}`, private: false }));
  if (action === "created") payload["repositories"] = listed;
  else payload["repositories_added"] = listed;
  return { name, payload };
}
