import type { OperationSpec } from "./load-spec.js";

/** A request path matched to an operation, with path parameters decoded. */
export interface RouteMatch {
  operation: OperationSpec;
  params: Record<string, string>;
}

interface Segment {
  literal: string | undefined;
  param: string | undefined;
  multi: boolean;
}

interface CompiledRoute {
  operation: OperationSpec;
  segments: Segment[];
  literals: number;
}

/** Matches method + path against every template of the description; literal segments beat parameters. */
export class RouteTable {
  private readonly byKey = new Map<string, CompiledRoute[]>();

  constructor(operations: readonly OperationSpec[]) {
    for (const operation of operations) {
      const segments = compileTemplate(operation);
      const key = `${operation.method} ${segments[0]?.literal ?? ""}`;
      const route = { operation, segments, literals: segments.filter((s) => s.literal !== undefined).length };
      const list = this.byKey.get(key) ?? [];
      list.push(route);
      this.byKey.set(key, list);
    }
  }

  /** The best operation for this request, or undefined when GitHub has no such endpoint. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    const parts = rawPath.split("/").slice(1);
    if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
    const verb = method === "HEAD" ? "GET" : method;
    let best: { route: CompiledRoute; params: Record<string, string>; rank: number } | undefined;
    for (const route of this.byKey.get(`${verb} ${parts[0] ?? ""}`) ?? []) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      const rank = route.literals * 100 - route.segments.filter((s) => s.multi).length;
      if (!best || rank > best.rank) best = { route, params, rank };
    }
    return best && { operation: best.route.operation, params: best.params };
  }
}

function compileTemplate(operation: OperationSpec): Segment[] {
  return operation.template
    .split("/")
    .slice(1)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return { literal: part, param: undefined, multi: false };
      const multi = operation.params.some((p) => p.name === name && p.multiSegment);
      return { literal: undefined, param: name, multi };
    });
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  let index = 0;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    if (index >= parts.length) return undefined;
    if (segment.literal !== undefined) {
      if (parts[index] !== segment.literal) return undefined;
      index++;
      continue;
    }
    // A multi-segment parameter takes every part except those the remaining template segments need.
    const take = segment.multi ? parts.length - index - (segments.length - s - 1) : 1;
    if (take < 1) return undefined;
    const raw = parts.slice(index, index + take);
    if (raw.some((p) => p === "")) return undefined;
    params[segment.param!] = decodeParam(raw.join("/"));
    index += take;
  }
  return index === parts.length ? params : undefined;
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
