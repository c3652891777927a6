import type { OctokitClient } from "../octokit-client.js";

interface Page<T> {
  data: T[];
  headers: { link?: string | undefined };
}

/**
 * Follows GitHub's `Link: <…>; rel="next"` headers from a first page until the last one, or until
 * `stopWhen` finds what the caller was looking for. Callers ask for `per_page: 100`, the maximum, so a
 * list of N items costs ⌈N/100⌉ requests.
 */
export async function listAllPages<T>(client: OctokitClient, firstPage: Promise<Page<T>>, stopWhen?: (item: T) => boolean): Promise<T[]> {
  let page = await firstPage;
  const items = [...page.data];
  let next = linkTo(page.headers.link, "next");
  while (next !== undefined && !(stopWhen !== undefined && page.data.some(stopWhen))) {
    page = await client.request<T[]>({ method: "GET", url: next });
    items.push(...page.data);
    next = linkTo(page.headers.link, "next");
  }
  return items;
}

/** The URL a `Link` header gives for `rel`, e.g. "next" or "last". */
export function linkTo(link: string | undefined, rel: string): string | undefined {
  if (link === undefined) return undefined;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (match?.[2]?.split(/\s+/).includes(rel)) return match[1];
  }
  return undefined;
}

/** The `page` number in a pagination URL. */
export function pageNumberOf(url: string): number | undefined {
  const page = Number(new URL(url).searchParams.get("page"));
  return Number.isInteger(page) && page > 0 ? page : undefined;
}
