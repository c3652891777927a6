import { readFileSync } from "node:fs";
import type { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createAppRuntime } from "../../src/app/app-runtime.js";
import { registerHandlers } from "../../src/app/index.js";
import { SETTINGS } from "./support/app-harness.js";

const manifest = parse(readFileSync(new URL("../../app.yml", import.meta.url), "utf8")) as {
  default_events: string[];
  default_permissions: Record<string, string>;
};
const docs = readFileSync(new URL("../../docs/app.md", import.meta.url), "utf8");

/** The webhook events the App registers handlers for, without their actions. */
function registeredEvents(): string[] {
  const names: string[] = [];
  const app = { on: (events: string | string[]) => names.push(...[events].flat()) } as unknown as Probot;
  registerHandlers(app, createAppRuntime(app, SETTINGS));
  return [...new Set(names.map((name) => name.split(".")[0] ?? name))].sort();
}

describe("app.yml", () => {
  it("subscribes to exactly the events the App handles (installation is always sent)", () => {
    expect([...manifest.default_events, "installation"].sort()).toEqual(registeredEvents());
  });

  it("asks for exactly the permissions the App uses, least privilege", () => {
    expect(manifest.default_permissions).toEqual({
      issues: "write",
      pull_requests: "write",
      contents: "write",
      checks: "write",
      metadata: "read",
      members: "read",
      organization_projects: "write",
    });
  });

  it("has every permission and event justified in docs/app.md", () => {
    for (const [permission, access] of Object.entries(manifest.default_permissions)) {
      expect(docs).toContain(`| \`${permission}\` | ${access} |`);
    }
    for (const event of manifest.default_events) expect(docs).toContain(`\`${event}\``);
  });
});
