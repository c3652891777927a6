import type { RepoRef } from "./gateway.js";

/** `owner/name` → RepoRef, or undefined when the text is not of that shape. */
export function parseRepoRef(text: string): RepoRef | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { owner: match[1], repo: match[2] };
}

/** RepoRef → `owner/name`. */
export function formatRepoRef(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}
