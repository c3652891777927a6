import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { mergeCodeowners } from "../../../src/core/sync/merge-codeowners.js";
import { renderCodeownersBlock } from "../../../src/core/sync/render-codeowners-block.js";
import { renderDirectory } from "../../../src/core/sync/render-directory.js";
import { renderQuestionForm } from "../../../src/core/sync/render-question-form.js";
import { persona } from "../../support/persona-builder.js";

/**
 * Golden files for the generated repository files, so a change to their text shows up in review.
 * After an intended change, regenerate them with `UPDATE_GOLDEN=1 npx vitest run tests/core/sync/golden.test.ts`
 * and read the diff.
 */
const FIXTURES = fileURLToPath(new URL("../../fixtures/sync/basic/", import.meta.url));

function expectGolden(name: string, actual: string): void {
  const path = `${FIXTURES}${name}`;
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`missing golden file ${path}: run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const link = (url: string) => ({ url, line: 12, column: 1 });
const config = defaultConfig();
const personas = [
  persona({ id: "sre", name: "SRE", summary: "Keeps production healthy and answers pages.", size: 180, champions: ["@acme/sre-champions", "@alice"], aliases: ["on-call", "ops"], paths: ["runbooks/", "services/alerting/*.yml"], links: [link("backend.md#goals"), link("ml.md")] }),
  persona({ id: "sre-incident", name: "Incident Responder", parent: "sre", summary: "Leads incidents.", champions: ["@bob"], links: [link("sre.md")] }),
  persona({ id: "backend", name: "Backend Developer", summary: "Builds | runs services.", size: 420, champions: ["@acme/backend"], aliases: ["server-side"] }),
  persona({ id: "ml", name: "ML Engineer", status: "draft", champions: [] }),
  persona({ id: "ops", name: "Operations", status: "retired", previously: ["Ops"], champions: ["@carol"] }),
];
const paths = new Set([...personas.map((p) => p.file), "survey/questions/sre.yml", "runbooks/restart.md", "services/alerting/pager.yml"]);

describe("golden files", () => {
  it("CODEOWNERS: the block replaces the old one in place and hand-written lines stay", () => {
    const input = readFileSync(`${FIXTURES}input.CODEOWNERS`, "utf8");
    const block = renderCodeownersBlock(personas, config, { paths });
    const merged = mergeCodeowners(input, block, ".github/CODEOWNERS");
    expectGolden("expected.CODEOWNERS", merged.content);
    expect(block.warnings.map((w) => [w.file, w.rule])).toEqual([["personas/ml.md", "codeowners-no-owners"]]);
    expect(merged.warnings.map((w) => [w.line, w.rule])).toEqual([[10, "codeowners-overridden"]]);
  });

  it("the persona question form", () => {
    expectGolden("expected-form.yml", renderQuestionForm(personas, config));
  });

  it("the persona directory", () => {
    expectGolden("expected-README.md", renderDirectory(personas, config));
  });
});
