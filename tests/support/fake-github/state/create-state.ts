import type { FakeState } from "./records.js";

export interface StateOptions {
  /** Clock for timestamps; defaults to the real time. */
  now?: () => Date;
  /** Login acting for personal tokens (installation tokens act as the app's bot). Default "octocat". */
  actor?: string;
  /** The GitHub App that `GET /app` describes. */
  app?: { id?: number; slug?: string; name?: string; owner?: string };
}

/** An empty GitHub with just the app and the acting user. */
export function createState(options: StateOptions = {}): FakeState {
  const app = options.app ?? {};
  const state: FakeState = {
    app: { id: app.id ?? 1, slug: app.slug ?? "persona-governance", name: app.name ?? "Persona Governance", owner: app.owner ?? "acme" },
    users: new Map(),
    orgs: new Map(),
    repos: new Map(),
    installations: new Map(),
    tokens: new Map(),
    projects: [],
    actor: options.actor ?? "octocat",
    nextId: 1000,
    now: options.now ?? (() => new Date()),
  };
  return state;
}
