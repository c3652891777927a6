import { describe, expect, it } from "vitest";
import { createExclusiveRunner } from "../../src/app/run-exclusive.js";

describe("createExclusiveRunner", () => {
  it("runs tasks of one key one after another, even when one fails", async () => {
    const exclusive = createExclusiveRunner();
    const order: string[] = [];
    const task = (name: string, fail = false) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(`${name} end`);
      if (fail) throw new Error(name);
    };
    const results = await Promise.allSettled([exclusive("issue#1", task("a", true)), exclusive("issue#1", task("b"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect(order).toEqual(["a start", "a end", "b start", "b end"]);
  });

  it("runs different keys side by side", async () => {
    const exclusive = createExclusiveRunner();
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(`${name} end`);
    };
    await Promise.all([exclusive("issue#1", task("a")), exclusive("issue#2", task("b"))]);
    expect(order).toEqual(["a start", "b start", "a end", "b end"]);
  });
});
