import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateLocal } from "../../src/flows/validate-local.js";
import { ALL_SECTIONS, personaDoc } from "../support/persona-builder.js";

let root: string;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "persona-gov-validate-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("validateLocal", () => {
  it("validates a checkout, with paths relative to its root", async () => {
    write("personas/sre.md", personaDoc({ sections: { ...ALL_SECTIONS, "Role Summary": "See [web](web.md) and the [guide](../docs/guide.md)." } }));
    write("docs/guide.md", "# Guide\n");
    const report = await validateLocal(root);
    expect(report.diagnostics).toEqual([expect.objectContaining({ file: "personas/sre.md", rule: "broken-link", line: 9, column: 5 })]);
    expect(report.filesChecked).toBe(1);
  });

  it("uses a settings file given relative to the root", async () => {
    write("settings/pg.yml", "personas:\n  path: people\n");
    write("people/sre.md", personaDoc({ sections: ALL_SECTIONS }));
    const report = await validateLocal(root, { configPath: "settings/pg.yml" });
    expect(report).toMatchObject({ configFile: "settings/pg.yml", filesChecked: 1, diagnostics: [] });
  });

  it("reports a missing settings file that was asked for", async () => {
    const report = await validateLocal(root, { configPath: join(root, "nope.yml") });
    expect(report.diagnostics).toEqual([expect.objectContaining({ rule: "config-missing", file: "nope.yml" })]);
  });
});
