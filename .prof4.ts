import { spawn } from "node:child_process";
import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { startFakeGitHub } from "./tests/support/fake-github/index.js";
import { PROGRAM_FILES } from "./tests/app/support/app-harness.js";
import { examplePayload, retarget, userObject } from "./tests/app/support/payloads.js";
import { questionFormBody } from "./tests/app/support/question-form.js";
const gh = await startFakeGitHub();
gh.addOrg("acme", { members: ["alice", "jo"] }); gh.addTeam("acme", "sre", ["sam", "ravi", "tess"]);
gh.addRepo({ owner: "acme", repo: "program", files: PROGRAM_FILES }); gh.setPermission("acme", "program", "alice", "write"); gh.addInstallation(7, { account: "acme" });
const pk = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const port = 38556;
const args = process.argv[2] === "lib" ? ["--cpu-prof", "--cpu-prof-dir=/tmp/pgcheck/prof", "node_modules/probot/bin/probot.js", "run", "./lib/app/index.js"] : ["--import", "tsx", "bench/app-webhooks.ts", "serve", "./src/app/index.ts"];
const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, APP_ID: "1", PRIVATE_KEY: pk, WEBHOOK_SECRET: "s", PORT: String(port), HOST: "127.0.0.1", GHE_HOST: gh.gheHost, GHE_PROTOCOL: "http", LOG_LEVEL: "warn", NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"] });
for (let i = 0; i < 200; i++) { if (await fetch(`http://127.0.0.1:${port}/ping`).then((r) => r.ok, () => false)) break; await new Promise((r) => setTimeout(r, 100)); }
async function one(i: number) {
  const issue = gh.addIssue("acme", "program", { title: "q", body: questionFormBody({ persona: i % 2 ? "SRE" : "Backend Developer" }), user: "jo", labels: ["persona-question"] });
  const p = retarget(examplePayload("issues", "opened"), { owner: "acme", repo: "program", installationId: 7, sender: "jo" });
  p["issue"] = { ...(p["issue"] as object), number: issue.number, body: issue.body, user: userObject("jo"), labels: [{ name: "persona-question" }], assignees: [] };
  const body = JSON.stringify(p);
  const s = performance.now();
  const r = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, { method: "POST", headers: { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": randomUUID(), "x-hub-signature-256": "sha256=" + createHmac("sha256", "s").update(body).digest("hex") }, body });
  await r.arrayBuffer(); return performance.now() - s;
}
for (let i = 0; i < 3; i++) await one(i);
const t: number[] = []; for (let i = 0; i < 30; i++) t.push(await one(i));
t.sort((a, b) => a - b); console.log(process.argv[2], "p50", t[15]?.toFixed(1));
child.kill("SIGINT"); await new Promise((r) => child.on("exit", r)); await gh.close();
