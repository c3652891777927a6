import { FakeGraphqlError } from "./graphql-error.js";

/** Pagination arguments every GitHub connection takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const MAX = 100;

function cursorOf(index: number): string {
  return Buffer.from(`cursor:${index + 1}`).toString("base64");
}

function indexOf(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  const match = /^cursor:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!match) throw new FakeGraphqlError(undefined, `\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(match[1]) - 1;
}

/**
 * A GitHub-style connection (nodes, edges, pageInfo, totalCount) over a list. Like GitHub it demands
 * `first` or `last` and refuses more than 100 records.
 */
export function connection<T>(name: string, items: readonly T[], args: ConnectionArgs): Record<string, unknown> {
  const first = args.first ?? undefined;
  const last = args.last ?? undefined;
  if (first === undefined && last === undefined) {
    throw new FakeGraphqlError(
      undefined,
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  }
  for (const [arg, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value !== undefined && value > MAX) {
      throw new FakeGraphqlError(
        undefined,
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of ${MAX} records.`,
      );
    }
  }
  let start = (indexOf(args.after) ?? -1) + 1;
  let end = indexOf(args.before) ?? items.length;
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  const edges = items.slice(start, end).map((node, i) => ({ cursor: cursorOf(start + i), node }));
  return {
    nodes: edges.map((e) => e.node),
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
