import { parseConfig } from "../../../../src/core/config/parse-config.js";
import { NEXT_STEPS_HEADING_LINE, NEXT_STEPS_HELP_MARKER } from "../../../../src/core/publish/next-step-format.js";
import { GENERATED_END, GENERATED_START, meetingMarker } from "../../../../src/core/publish/publish-markers.js";
import { REVIEW_MEETING_LABEL } from "../../../../src/core/publish/publish-labels.js";
import { createOctokit } from "../../../../src/github/create-octokit.js";
import { createOctokitGateway } from "../../../../src/github/create-octokit-gateway.js";
import type { GitHubGateway } from "../../../../src/github/gateway.js";
import type { FollowupProgram } from "../../../../src/flows/followups/followup-program.js";
import type { FakeGitHub } from "../../../support/fake-github/index.js";
import { persona, personaDoc } from "../../../support/persona-builder.js";

export const OWNER = "acme";
export const NAME = "handbook";
export const FULL_NAME = `${OWNER}/${NAME}`;
export const PROJECT_URL = "https://github.com/orgs/acme/projects/7";
export const CYCLE = "2026-H2";
export const DEADLINE = "2027-01-15";
/** Members of @acme/ci-team, in login order. */
export const CI_TEAM = ["dana", "eli", "fay"];

export const SETTINGS = `survey:
  cycle: "${CYCLE}"
  planningDeadline: "${DEADLINE}"
followups:
  project: ${PROJECT_URL}
  remindDaysBefore: 3
  reminderIntervalDays: 7
routing:
  strategy: round-robin
`;

/** The two personas of the fixture repository, as `FollowupProgram` needs them. */
export function fixtureProgram(settings = SETTINGS): FollowupProgram {
  const { config, diagnostics } = parseConfig(settings, ".github/persona-governance.yml");
  if (diagnostics.length > 0) throw new Error(`fixture settings: ${diagnostics.map((d) => d.message).join("; ")}`);
  return {
    config,
    personas: [
      persona({ id: "backend-developer", name: "Backend Developer", champions: ["@amara"], aliases: ["Backend"] }),
      persona({ id: "sre", name: "SRE", champions: ["@acme/sre-champions"] }),
    ],
  };
}

/** The repository files matching `fixtureProgram`, for runs that read the program from GitHub. */
export function fixtureFiles(settings = SETTINGS): Record<string, string> {
  return {
    ".github/persona-governance.yml": settings,
    "personas/backend-developer.md": personaDoc({ frontMatter: { name: "Backend Developer", champions: ["@amara"], aliases: ["Backend"] } }),
    "personas/sre.md": personaDoc({ frontMatter: { name: "SRE", champions: ["@acme/sre-champions"] } }),
  };
}

/** A review-meeting issue body as `survey publish` writes it, with these checklist lines. */
export function meetingBody(lines: readonly string[], cycle = CYCLE): string {
  return [
    meetingMarker(cycle),
    GENERATED_START,
    `# ${cycle} survey review`,
    "The top pain points per persona.",
    GENERATED_END,
    "",
    NEXT_STEPS_HEADING_LINE,
    "",
    `${NEXT_STEPS_HELP_MARKER} One line per agreed step. -->`,
    ...lines,
    "",
  ].join("\n");
}

export interface SeedOptions {
  lines: readonly string[];
  /** Projects access for the token; default ok. */
  projectAccess?: "ok" | "forbidden" | "not_found";
  files?: Record<string, string>;
}

/** The organisation, its people and team, the repository, the project board and the meeting issue. */
export function seedFollowups(gh: FakeGitHub, options: SeedOptions): { meeting: number } {
  gh.addOrg(OWNER, { members: ["amara", "bo", ...CI_TEAM] });
  gh.addTeam(OWNER, "ci-team", CI_TEAM);
  gh.addRepo({ owner: OWNER, repo: NAME, files: options.files ?? fixtureFiles() });
  gh.addLabel(OWNER, NAME, { name: REVIEW_MEETING_LABEL, color: "5319e7", description: "The review meeting" });
  gh.addProject({
    owner: OWNER,
    number: 7,
    title: "Persona follow-ups",
    fields: [
      { name: "Persona", dataType: "SINGLE_SELECT", options: ["Backend Developer"] },
      { name: "Due", dataType: "DATE" },
    ],
    access: options.projectAccess ?? "ok",
  });
  const meeting = gh.addIssue(OWNER, NAME, { title: `${CYCLE} survey review`, body: meetingBody(options.lines), labels: [REVIEW_MEETING_LABEL] });
  return { meeting: meeting.number };
}

/** A gateway over a real Octokit pointed at the fake, with waits scaled down. */
export function fakeGateway(gh: FakeGitHub, token = "test-token"): GitHubGateway {
  const octokit = createOctokit({ token, baseUrl: gh.url, timeScale: 0.001 });
  return createOctokitGateway(octokit, { owner: OWNER, repo: NAME });
}

/** The project item of issue `number` as field name → shown value (option and iteration names resolved). */
export function boardValues(gh: FakeGitHub, number: number): Record<string, string> | undefined {
  const project = gh.state.projects.find((candidate) => candidate.ownerLogin === OWNER && candidate.number === 7)!;
  const nodeId = gh.issue(OWNER, NAME, number)!.nodeId;
  const item = project.items.find((candidate) => candidate.contentId === nodeId);
  if (item === undefined) return undefined;
  const values: Record<string, string> = {};
  for (const [fieldId, value] of item.values) {
    const field = project.fields.find((candidate) => candidate.id === fieldId)!;
    if (value.kind === "singleSelect") values[field.name] = field.options.find((option) => option.id === value.optionId)?.name ?? "?";
    else if (value.kind === "iteration") values[field.name] = field.iterations.find((iteration) => iteration.id === value.iterationId)?.title ?? "?";
    else if (value.kind === "date") values[field.name] = value.date;
    else if (value.kind === "text") values[field.name] = value.text;
  }
  return values;
}

/** Tracking issues in the fixture repository, lowest number first. */
export function trackingIssueRecords(gh: FakeGitHub) {
  return [...gh.repo(OWNER, NAME).issues.values()].filter((issue) => issue.body?.includes("<!-- persona-governance:next-step meeting=") === true).sort((a, b) => a.number - b.number);
}
