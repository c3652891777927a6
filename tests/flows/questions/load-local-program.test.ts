import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckoutUnreadableError, loadLocalProgram } from "../../../src/flows/questions/load-local-program.js";
import { openCheckout } from "../../../src/flows/sync/open-checkout.js";
import { validateFromReader } from "../../../src/flows/sync/validate-from-reader.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
let root: string;

beforeAll(() => {
  root = join(mkdtempSync(join(tmpdir(), "persona-gov-program-")), "repo");
  cpSync(EXAMPLES, root, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("loadLocalProgram", () => {
  it("reads the settings, the persona docs and the questions files of a checkout", async () => {
    const program = await loadLocalProgram(root);
    expect(program.report.personas).toHaveLength(12);
    expect(program.report.config.tools.length).toBeGreaterThan(0);
    expect(program.questionSets.map((set) => set.persona)).toEqual(["backend-developer", null, "sre-on-call-engineer", "web-developer"]);
    expect(program.questionDiagnostics).toEqual([]);
    expect(program.report.counts.errors).toBe(0);
  });

  it("fails with CheckoutUnreadableError for a missing folder", async () => {
    await expect(loadLocalProgram(join(root, "missing"))).rejects.toBeInstanceOf(CheckoutUnreadableError);
  });
});

describe("validateFromReader", () => {
  it("reads the questions files, so the validator sees them", async () => {
    const { report } = await validateFromReader(await openCheckout(root));
    expect(report.diagnostics.filter((d) => d.rule === "file-unread")).toEqual([]);
    expect(report.counts.errors).toBe(0);
  });
});
