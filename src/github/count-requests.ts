import type { RequestStats } from "./gateway.js";
import type { OctokitClient } from "./octokit-client.js";

const counters = new WeakMap<object, RequestStats>();

/**
 * Counts the requests an Octokit client sends, for `--verbose` ("made N API calls") and the benchmark.
 * The hook is added once per client however many gateways share it. Registered after the retry and
 * throttling plugins, it sits outside them, so a retried request counts once.
 *
 * @returns a function that reads the current totals
 */
export function countRequests(client: OctokitClient): () => RequestStats {
  let stats = counters.get(client);
  if (stats === undefined) {
    const totals: RequestStats = { requests: 0, writes: 0 };
    client.hook.wrap("request", async (request, options) => {
      totals.requests++;
      if (isWrite(options.method, options.url, options["query"])) totals.writes++;
      return request(options);
    });
    counters.set(client, totals);
    stats = totals;
  }
  const current = stats;
  return () => ({ ...current });
}

function isWrite(method: string, url: string, query: unknown): boolean {
  if (method === "GET" || method === "HEAD") return false;
  if (/\/graphql$/.test(url.split("?")[0] ?? "")) return typeof query === "string" && /^\s*mutation\b/.test(query);
  return true;
}
