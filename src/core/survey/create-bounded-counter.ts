import type { ValueCount } from "./survey-analysis.js";

export interface BoundedCounter {
  add(value: string): void;
  /** The `limit` most common values, most common first, ties by value. */
  top(limit: number): ValueCount[];
  /** Occurrences of values that arrived after the counter was full. */
  untracked(): number;
}

/**
 * Counts occurrences of free-form values with bounded memory: the first `capacity` distinct values are
 * tracked by name; later new values are only counted in total. Enough to show the most common unknown
 * answers of a real survey, and safe against an export where every row says something different.
 */
export function createBoundedCounter(capacity: number): BoundedCounter {
  const counts = new Map<string, number>();
  let untracked = 0;
  return {
    add(value) {
      const count = counts.get(value);
      if (count !== undefined) counts.set(value, count + 1);
      else if (counts.size < capacity) counts.set(value, 1);
      else untracked++;
    },
    top(limit) {
      return [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || compareText(a.value, b.value))
        .slice(0, limit);
    },
    untracked: () => untracked,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
