/**
 * The load side of bench/app-webhooks.ts: signed question webhooks sent to a server, and the cost of
 * the same API calls without the App.
 */
import { spawn } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { examplePayload, retarget, userObject } from "../tests/app/support/payloads.js";
import { questionFormBody } from "../tests/app/support/question-form.js";
import type { FakeGitHub } from "../tests/support/fake-github/index.js";

export const SECRET = "bench-secret";
export const OWNER = "acme";
export const REPO = "program";
export const INSTALLATION = 7;

/** Sends `count` question webhooks, `concurrency` at a time; returns each one's latency in ms. */
export async function drive(url: string, gh: FakeGitHub, count: number, concurrency: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const body = JSON.stringify(questionPayload(gh));
      const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
      const start = performance.now();
      const response = await fetch(`${url}/api/github/webhooks`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": randomUUID(), "x-hub-signature-256": signature },
        body,
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

let questions = 0;

/** A new form question in the fake, and the real example payload announcing it. */
function questionPayload(gh: FakeGitHub): Record<string, unknown> {
  const persona = questions++ % 2 === 0 ? "SRE" : "Backend Developer";
  const issue = gh.addIssue(OWNER, REPO, { title: "[Persona question]: paging", body: questionFormBody({ persona }), user: "jo", labels: ["persona-question"] });
  const payload = retarget(examplePayload("issues", "opened"), { owner: OWNER, repo: REPO, installationId: INSTALLATION, sender: "jo" });
  payload["issue"] = { ...(payload["issue"] as object), number: issue.number, body: issue.body, user: userObject("jo"), labels: [{ id: 1, name: "persona-question", color: "ededed", default: false }], assignees: [], assignee: null };
  return payload;
}

/**
 * What the unavoidable API calls cost: the same four requests a question needs (list comments, add
 * labels, add assignees, create the comment), sent in sequence with plain `fetch` from a separate
 * process, on a fresh issue each time, by `concurrency` workers at once, after a warm-up. Returns the
 * median time of the four together, in ms.
 */
export async function callFloor(gh: FakeGitHub, concurrency: number): Promise<number> {
  const script = `
    const api = ${JSON.stringify(`${gh.url}/repos/${OWNER}/${REPO}`)};
    const headers = { authorization: "token bench", accept: "application/vnd.github+json", "content-type": "application/json" };
    const send = (path, method, body) => fetch(api + path, { method, headers, body: body && JSON.stringify(body) }).then((r) => r.arrayBuffer());
    const times = [];
    const worker = async () => {
      for (let i = 0; i < 40; i++) {
        const issue = await fetch(api + "/issues", { method: "POST", headers, body: JSON.stringify({ title: "q" }) }).then((r) => r.json());
        const start = performance.now();
        await send("/issues/" + issue.number + "/comments?per_page=100", "GET");
        await send("/issues/" + issue.number + "/labels", "POST", { labels: ["persona: SRE"] });
        await send("/issues/" + issue.number + "/assignees", "POST", { assignees: ["alice"] });
        await send("/issues/" + issue.number + "/comments", "POST", { body: "x".repeat(1500) });
        if (i >= 10) times.push(performance.now() - start);
      }
    };
    await Promise.all(Array.from({ length: ${concurrency} }, worker));
    times.sort((a, b) => a - b);
    process.stdout.write(String(times[Math.floor(times.length / 2)]));
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => child.once("exit", resolve));
  const median = Number(out);
  if (!Number.isFinite(median)) throw new Error(`could not measure the API call floor (${out})`);
  return median;
}

export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
