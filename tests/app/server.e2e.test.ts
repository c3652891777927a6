import { spawn, type ChildProcess } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { BOT, INSTALLATION_ID, ORG, PRIVATE_KEY, PROGRAM_FILES, REPO } from "./support/app-harness.js";
import { examplePayload, retarget, userObject } from "./support/payloads.js";
import { questionFormBody } from "./support/question-form.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SECRET = "e2e-webhook-secret";

let gh: FakeGitHub;
let server: ChildProcess;
let baseUrl: string;
const output: string[] = [];

/**
 * The App as it runs in production: `probot run` in its own process, configured only through the
 * environment (GHE_HOST + GHE_PROTOCOL=http point it at the fake GitHub on loopback), receiving
 * webhooks over HTTP with real signatures. It runs the TypeScript source through tsx so the test
 * never depends on a stale build; `npm start` runs the same entry point compiled to lib/.
 */
beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addOrg(ORG, { members: ["alice", "jo"] });
  gh.addTeam(ORG, "sre", ["sam", "ravi", "tess"]);
  gh.addRepo({ owner: ORG, repo: REPO, files: PROGRAM_FILES });
  gh.setPermission(ORG, REPO, "alice", "write");
  gh.addInstallation(INSTALLATION_ID, { account: ORG });
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "node_modules/probot/bin/probot.js", "run", "./src/app/index.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env["PATH"] ?? "",
      APP_ID: "1",
      PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: gh.gheHost,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  await waitForServer();
}, 60_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await gh.close();
});

describe("probot run (end to end)", () => {
  it("routes a question delivered as a correctly signed webhook", async () => {
    const issue = gh.addIssue(ORG, REPO, { title: "[Persona question]: paging", body: questionFormBody({ persona: "Backend Developer" }), user: "jo", labels: ["persona-question"] });
    const body = JSON.stringify(openedPayload(issue.number, issue.body ?? ""));
    const response = await post(body, sign(body, SECRET));

    expect(response.status, output.join("")).toBe(200);
    expect(gh.issue(ORG, REPO, issue.number)?.assignees).toEqual(["alice"]);
    expect(gh.comments(ORG, REPO, issue.number).map((comment) => comment.user)).toEqual([BOT]);
  });

  it("rejects a wrongly signed webhook and does nothing", async () => {
    const issue = gh.addIssue(ORG, REPO, { title: "[Persona question]: forged", body: questionFormBody({ persona: "Backend Developer" }), user: "jo", labels: ["persona-question"] });
    const body = JSON.stringify(openedPayload(issue.number, issue.body ?? ""));
    const before = gh.requests.length;
    const response = await post(body, sign(body, "not-the-secret"));

    expect(response.status).toBe(400);
    expect(gh.requests.length).toBe(before);
    expect(gh.issue(ORG, REPO, issue.number)?.assignees).toEqual([]);
    expect(gh.comments(ORG, REPO, issue.number)).toEqual([]);
  });
});

function openedPayload(number: number, body: string): Record<string, unknown> {
  const payload = retarget(examplePayload("issues", "opened"), { owner: ORG, repo: REPO, installationId: INSTALLATION_ID, sender: "jo" });
  payload["issue"] = {
    ...(payload["issue"] as Record<string, unknown>),
    number,
    body,
    user: userObject("jo"),
    labels: [{ id: 1, name: "persona-question", color: "ededed", default: false }],
    assignees: [],
    assignee: null,
    state: "open",
  };
  return payload;
}

function sign(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function post(body: string, signature: string): Promise<Response> {
  return fetch(`${baseUrl}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": randomUUID(), "x-hub-signature-256": signature },
    body,
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("could not find a free port");
  return address.port;
}

/** Polls Probot's /ping until the server answers, or fails with what the process printed. */
async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`probot run exited with ${server.exitCode}:\n${output.join("")}`);
    try {
      const response = await fetch(`${baseUrl}/ping`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`probot run did not start:\n${output.join("")}`);
}
