import { generateKeyPairSync, randomUUID } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { createAppRuntime, type AppRuntime } from "../../../src/app/app-runtime.js";
import { registerHandlers } from "../../../src/app/index.js";
import type { AppSettings } from "../../../src/app/read-app-settings.js";
import { startFakeGitHub, type FakeGitHub } from "../../support/fake-github/index.js";
import { personaDoc } from "../../support/persona-builder.js";
import type { Target } from "./payloads.js";
import { recordingLogger, type LogLine } from "./recording-logger.js";

export const ORG = "acme";
export const REPO = "program";
export const INSTALLATION_ID = 7;
export const BOT = "persona-governance[bot]";

/** A private key for the App's JWTs; the fake does not verify them, but Probot signs with it. */
export const PRIVATE_KEY = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();

/** A small persona program: a team-championed SRE, a user-championed backend, a retired sub-persona. */
export const PROGRAM_FILES: Record<string, string> = {
  ".github/persona-governance.yml": "routing:\n  strategy: round-robin\n  responseTime: 2 business days\n  fallbackChampions: ['@pat']\n",
  "personas/sre.md": personaDoc({ frontMatter: { name: "SRE", champions: ["@acme/sre"], aliases: ["site reliability"] } }),
  "personas/backend.md": personaDoc({ frontMatter: { name: "Backend Developer", champions: ["@alice"], aliases: ["server"] } }),
  "personas/tooling.md": personaDoc({ frontMatter: { name: "Production Tooling", status: "retired", parent: "sre", champions: [] } }),
  "README.md": "# program\n",
};

export const SETTINGS: AppSettings = { programFreshForMs: 60_000, programMaxAgeMs: 3_600_000, teamsFreshForMs: 600_000, dryRun: false };

export interface AppHarness {
  gh: FakeGitHub;
  probot: Probot;
  runtime: AppRuntime;
  clock: { now: number };
  logs: LogLine[];
  /** Sends one webhook through Probot, as the server would after checking its signature. */
  deliver(name: string, payload: Record<string, unknown>, id?: string): Promise<void>;
  /** Where payloads should point: the program repository, sent by `sender`. */
  target(sender: string, senderType?: "User" | "Bot"): Target;
  close(): Promise<void>;
}

/**
 * The App loaded into a Probot instance whose Octokit talks to a fresh fake GitHub holding the
 * `acme/program` repository and installation 7. Throttling and retries are off (through a function
 * passed to `defaults`, the form probot 14.3.2 honours), so nothing waits.
 */
export async function startApp(options: { files?: Record<string, string>; settings?: Partial<AppSettings> } = {}): Promise<AppHarness> {
  const gh = await startFakeGitHub();
  seedOrganisation(gh, options.files ?? PROGRAM_FILES);
  const Octokit = ProbotOctokit.defaults((instance: object) => ({ ...instance, throttle: { enabled: false }, retry: { enabled: false } }));
  const { logger, lines } = recordingLogger();
  const probot = new Probot({ appId: 1, privateKey: PRIVATE_KEY, baseUrl: gh.url, log: logger, Octokit });
  const clock = { now: Date.parse("2026-05-01T09:00:00Z") };
  let runtime: AppRuntime | undefined;
  await probot.load((app) => {
    runtime = createAppRuntime(app, { ...SETTINGS, ...options.settings }, () => clock.now);
    registerHandlers(app, runtime);
  });
  if (runtime === undefined) throw new Error("the App did not load");
  return {
    gh,
    probot,
    runtime,
    clock,
    logs: lines,
    deliver: (name, payload, id = randomUUID()) => probot.receive({ id, name, payload } as Parameters<Probot["receive"]>[0]),
    target: (sender, senderType = "User") => ({ owner: ORG, repo: REPO, installationId: INSTALLATION_ID, sender, senderType }),
    close: () => gh.close(),
  };
}

function seedOrganisation(gh: FakeGitHub, files: Record<string, string>): void {
  gh.addOrg(ORG, { members: ["alice", "wendy", "pat", "jo"] });
  gh.addTeam(ORG, "sre", ["sam", "ravi", "tess"]);
  gh.addRepo({ owner: ORG, repo: REPO, files });
  for (const login of ["alice", "wendy", "sam", "ravi", "tess"]) gh.setPermission(ORG, REPO, login, "write");
  gh.setPermission(ORG, REPO, "pat", "maintain");
  gh.setPermission(ORG, REPO, "jo", "read");
  gh.addInstallation(INSTALLATION_ID, { account: ORG });
}
