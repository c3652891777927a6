import type { FakeState } from "./records.js";

/** Allocates the next numeric id; ids are unique across every kind of object, like database ids. */
export function allocateId(state: FakeState): number {
  return state.nextId++;
}

/** A GraphQL-style global node id with GitHub's type prefix, e.g. `I_kwDOfake1001`. */
export function nodeIdFor(prefix: string, id: number): string {
  return `${prefix}_kwDOfake${id}`;
}

/** Extracts the numeric id from a node id made by `nodeIdFor`, with its prefix. */
export function parseNodeId(nodeId: string): { prefix: string; id: number } | undefined {
  const match = /^([A-Za-z]+)_kwDOfake(\d+)$/.exec(nodeId);
  return match ? { prefix: match[1]!, id: Number(match[2]) } : undefined;
}

/** GitHub's timestamp format: ISO 8601 in UTC without milliseconds. */
export function timestamp(state: FakeState): string {
  return state
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
}
