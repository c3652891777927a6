import { generateKeyPairSync } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Probot, ProbotOctokit } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { createAppRuntime } from "../../src/app/app-runtime.js";
import { registerAnalyzeSurvey } from "../../src/app/handlers/analyze-survey.js";
import { readAppSettings } from "../../src/app/read-app-settings.js";
import { createExclusiveRunner } from "../../src/app/run-exclusive.js";
import { meetingMarker } from "../../src/core/publish/publish-markers.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { makeCheckout, NAME, OWNER, seedRepo } from "../flows/survey/publish-fixture.js";
import { examplePayload, retarget, userObject } from "./support/payloads.js";

const gh = useFakeGitHub();
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
let checkout: { dir: string; remove: () => void } | undefined;
afterEach(() => checkout?.remove());

function app(): Probot {
  const Octokit = ProbotOctokit.defaults((options: object) => ({ ...options, throttle: { enabled: false }, retry: { enabled: false } }));
  const probot = new Probot({ appId: 1, privateKey, baseUrl: gh.url, logLevel: "fatal", Octokit });
  void probot.load((loaded: Probot) => registerAnalyzeSurvey(loaded, createAppRuntime(loaded, readAppSettings({})), createExclusiveRunner()));
  return probot;
}

/** The repository with its settings, persona docs and export committed, installed for the App. */
function seedProgram(): void {
  seedRepo(gh);
  checkout = makeCheckout();
  const files: Record<string, string> = {};
  for (const path of [".github/persona-governance.yml", "survey/2026-h2.csv", ...readdirSync(join(checkout.dir, "personas")).map((name) => `personas/${name}`)]) {
    files[path] = readFileSync(join(checkout.dir, path), "utf8");
  }
  gh.commitFiles(OWNER, NAME, files);
  gh.addInstallation(7, { account: OWNER });
}

async function comment(probot: Probot, issue: number, body: string, user: string): Promise<number> {
  const record = gh.addComment(OWNER, NAME, issue, body, user);
  const payload = retarget(examplePayload("issue_comment", "created"), { owner: OWNER, repo: NAME, installationId: 7, sender: user });
  const issuePayload = payload["issue"] as Record<string, unknown>;
  Object.assign(issuePayload, { number: issue, pull_request: undefined });
  delete issuePayload["pull_request"];
  Object.assign(payload["comment"] as Record<string, unknown>, { id: record.id, body, user: userObject(user) });
  await probot.receive({ id: `delivery-${record.id}`, name: "issue_comment", payload } as unknown as Parameters<Probot["receive"]>[0]);
  return record.id;
}

describe("the App's /analyze-survey handler", () => {
  it("publishes the export a maintainer names and replies once as the App", async () => {
    seedProgram();
    gh.setPermission(OWNER, NAME, "alice", "maintain");
    const tracking = gh.addIssue(OWNER, NAME, { title: "Survey 2026-H2", user: "alice" }).number;
    const probot = app();
    const id = await comment(probot, tracking, "/analyze-survey survey/2026-h2.csv", "alice");
    const issues = [...gh.repo(OWNER, NAME)!.issues.values()];
    expect(issues.filter((issue) => issue.body?.includes(meetingMarker("2026-H2")))).toHaveLength(1);
    const replies = gh.comments(OWNER, NAME, tracking).filter((record) => record.user === "persona-governance[bot]");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.body).toContain("Published the 2026-H2 survey to acme/devex:");
    expect(gh.comments(OWNER, NAME, tracking).find((record) => record.id === id)!.reactions.map((reaction) => reaction.content)).toEqual(["+1"]);
  });

  it("makes no request for comments without the command", async () => {
    seedProgram();
    const tracking = gh.addIssue(OWNER, NAME, { title: "Survey 2026-H2", user: "alice" }).number;
    gh.resetLog();
    await comment(app(), tracking, "Looks good to me", "alice");
    expect(gh.requests).toEqual([]);
  });
});
