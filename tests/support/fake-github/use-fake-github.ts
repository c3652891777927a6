import { afterEach, beforeEach } from "vitest";
import type { FakeGitHub, FakeGitHubOptions } from "./fake-github.js";
import { startFakeGitHub } from "./start-fake-github.js";

/**
 * Vitest helper: a fresh fake GitHub for every test, closed after it. The returned object forwards to
 * the current test's instance, so `const gh = useFakeGitHub()` at the top of a file reads naturally.
 * Closing is strict by default, so a test that made violations fails.
 */
export function useFakeGitHub(options: FakeGitHubOptions = {}): FakeGitHub {
  let current: FakeGitHub | undefined;
  beforeEach(async () => {
    current = await startFakeGitHub(options);
  });
  afterEach(async () => {
    const closing = current;
    current = undefined;
    await closing?.close();
  });
  return new Proxy({} as FakeGitHub, {
    get(_target, key) {
      if (!current) throw new Error("fake GitHub: use it inside a test (useFakeGitHub starts one per test)");
      const value: unknown = Reflect.get(current, key, current);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}
