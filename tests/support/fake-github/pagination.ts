import type { PageResult } from "./handler-types.js";

/** One page of a list plus GitHub's Link header for it (undefined when everything fits on one page). */
export interface PageSlice {
  body: unknown;
  link: string | undefined;
}

/**
 * Slices a list by `per_page` (default 30, at most 100) and `page` (default 1), and builds the Link
 * header the way GitHub does: prev/next/first/last relations, each a full URL with the other query
 * parameters kept.
 */
export function paginate(page: PageResult, requestUrl: URL): PageSlice {
  const perPage = Math.min(100, Math.max(1, Number(requestUrl.searchParams.get("per_page") ?? "30") || 30));
  const current = Math.max(1, Number(requestUrl.searchParams.get("page") ?? "1") || 1);
  const lastPage = Math.max(1, Math.ceil(page.items.length / perPage));
  const items = page.items.slice((current - 1) * perPage, current * perPage);
  const body = page.key === undefined ? items : { ...page.extra, [page.key]: items };
  const pageUrl = (n: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set("page", String(n));
    return url.toString();
  };
  const links: string[] = [];
  if (current > 1) links.push(`<${pageUrl(current - 1)}>; rel="prev"`);
  if (current < lastPage) links.push(`<${pageUrl(current + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (current > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return { body, link: links.length > 0 ? links.join(", ") : undefined };
}
