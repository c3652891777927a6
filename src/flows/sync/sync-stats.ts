import type { GitHubGateway, RequestStats } from "../../github/gateway.js";

export const NO_REQUESTS: RequestStats = { requests: 0, writes: 0 };

/**
 * Counts the API calls made from now on. The gateway's counter is shared by everything built on the
 * same client, so a flow reports the difference rather than the total.
 */
export function startCounting(gateway: GitHubGateway | undefined): () => RequestStats {
  if (gateway === undefined) return () => ({ ...NO_REQUESTS });
  const start = gateway.stats();
  return () => {
    const now = gateway.stats();
    return { requests: now.requests - start.requests, writes: now.writes - start.writes };
  };
}

/** "made 23 API calls (19 writes) for 12 personas", for `--verbose` and the job summary. */
export function describeRequestStats(stats: RequestStats, personas: number): string {
  const calls = `${stats.requests} API call${stats.requests === 1 ? "" : "s"}`;
  const writes = `${stats.writes} write${stats.writes === 1 ? "" : "s"}`;
  return `made ${calls} (${writes}) for ${personas} persona${personas === 1 ? "" : "s"}`;
}
