import type { Urls } from "../handler-types.js";
import type { LabelRecord, RepoRecord } from "../state/records.js";

/** GitHub's `label`. */
export function renderLabel(urls: Urls, repo: RepoRecord, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${urls.api}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}
