import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "../../../src/core/config/config-schema.js";
import type { Persona } from "../../../src/core/persona/persona.js";
import { loadLocalProgram } from "../../../src/flows/questions/load-local-program.js";
import { createOctokit } from "../../../src/github/create-octokit.js";
import { createOctokitGateway } from "../../../src/github/create-octokit-gateway.js";
import type { GitHubGateway } from "../../../src/github/gateway.js";
import type { FakeGitHub } from "../../support/fake-github/index.js";
import { personaDoc, toYaml } from "../../support/persona-builder.js";

/** The repository the publish tests write to, and the survey export they publish. */
export const OWNER = "acme";
export const NAME = "devex";
export const FULL_NAME = `${OWNER}/${NAME}`;
export const EXPORT = "survey/2026-h2.csv";
/** Fixed clock: 2026-12-01, two weeks before the planning deadline. */
export const NOW = "2026-12-01T09:00:00Z";

const FIXTURE_EXPORT = new URL("../../fixtures/survey/export.csv", import.meta.url);

/** The settings the fixture export was written for (tests/core/survey/fixture-analysis.ts), as YAML. */
export function settingsYaml(headsUp: Record<string, string> = {}): string {
  return toYaml({
    tools: [
      { name: "Jenkins", phase: "building", owner: "@acme/ci" },
      { name: "PagerDuty", phase: "monitoring-and-alerting", owner: "@acme/sre-tools" },
      { name: "Grafana", phase: "monitoring-and-alerting", owner: "@acme/observability" },
    ] as unknown as Record<string, unknown>,
    survey: {
      scoreColumns: {
        "How satisfied are you with CI?": "building",
        "How satisfied are you with code review?": "code-review",
        "Overall, how happy are you with your tools?": "Overall tooling",
      },
      commentColumns: ["What slows you down the most?", "Anything else?"],
      cycle: "2026-H2",
      minResponses: 4,
      planningDeadline: "2026-12-15",
      ...(Object.keys(headsUp).length === 0 ? {} : { headsUp }),
    },
  });
}

/** A checkout with three persona docs (one championed by a team), the settings and the export. */
export function makeCheckout(headsUp: Record<string, string> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "pg-publish-"));
  mkdirSync(join(dir, ".github"));
  mkdirSync(join(dir, "personas"));
  mkdirSync(join(dir, "survey"));
  writeFileSync(join(dir, ".github/persona-governance.yml"), settingsYaml(headsUp));
  writeFileSync(join(dir, "personas/backend.md"), personaDoc({ frontMatter: { name: "Backend Developer", champions: ["@alice", "@acme/backend-champions"] } }));
  writeFileSync(join(dir, "personas/sre.md"), personaDoc({ frontMatter: { name: "SRE", champions: ["@bob"], aliases: ["Site Reliability Engineer"] } }));
  writeFileSync(join(dir, "personas/web.md"), personaDoc({ frontMatter: { name: "Web Developer", champions: ["@carol"], aliases: ["Frontend"] } }));
  copyFileSync(FIXTURE_EXPORT, join(dir, EXPORT));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** acme/devex on the fake, with the people and teams the personas and tools name. */
export function seedRepo(gh: FakeGitHub): void {
  for (const login of ["alice", "bob", "carol", "dave", "erin"]) gh.addUser(login);
  gh.addOrg(OWNER, { members: ["alice", "bob", "carol", "dave", "erin"] });
  gh.addTeam(OWNER, "backend-champions", ["dave", "erin"]);
  gh.addTeam(OWNER, "ci", ["dave"]);
  gh.addRepo({ owner: OWNER, repo: NAME, files: { "README.md": "# DevEx\n" } });
}

/** A gateway to acme/devex on the fake, with waits scaled down so retries cost milliseconds. */
export function gatewayFor(gh: FakeGitHub, repo = NAME): GitHubGateway {
  return createOctokitGateway(createOctokit({ token: "test-token", baseUrl: gh.url, timeScale: 0.001 }), { owner: OWNER, repo });
}

/** The checkout's settings and personas, as the CLI and the Action read them. */
export async function loadCheckout(dir: string): Promise<{ config: Config; personas: Persona[] }> {
  const { report } = await loadLocalProgram(dir);
  return { config: report.config, personas: report.personas };
}
