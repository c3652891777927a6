import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actionTables, commandsTables, rulesTable } from "../scripts/readme-tables.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("opens with the two commands for a fresh clone, and both scripts exist", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const commands = firstBlock.trim().split("\n").map((line) => line.replace(/\s+#.*$/, "").trim());
    expect(commands).toEqual(["npm ci && npm run demo", "npm test"]);
    const scripts = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.demo).toContain("--dir examples");
    expect(scripts.test).toBeDefined();
  });

  it("documents every validation rule as the validator defines it", () => {
    expect(readme).toContain(rulesTable());
  });

  it("documents the slash commands and who may use them as the router enforces it", () => {
    expect(readme).toContain(commandsTables());
  });

  it("documents every Action input and output as action.yml declares them", () => {
    expect(readme).toContain(actionTables());
  });

  it("has no unfilled placeholders", () => {
    expect(readme).not.toMatch(/\b(RULES_TABLE|COMMANDS_TABLE|ACTION_TABLES|BENCH_TABLES|APP_BENCH)\b/);
  });
});
