import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";
import { parseToolMentions, type ToolMentionSource } from "../../../src/core/tools/tool-mentions.js";
import { validateRepository } from "../../../src/core/validate/validate-repository.js";

/** The tools fixture repository (tests/fixtures/tools/repo), parsed by the real validator. */
export const TOOLS_FIXTURES = fileURLToPath(new URL("../../fixtures/tools/", import.meta.url));

export function loadToolsFixture() {
  const root = `${TOOLS_FIXTURES}repo/`;
  const texts: Record<string, string> = { ".github/persona-governance.yml": readFileSync(`${root}.github/persona-governance.yml`, "utf8") };
  for (const name of readdirSync(`${root}personas`)) texts[`personas/${name}`] = readFileSync(`${root}personas/${name}`, "utf8");
  const report = validateRepository(snapshotFromTexts(texts));
  return { report, personas: report.personas, config: report.config, configText: texts[".github/persona-governance.yml"]! };
}

export function fixtureMentions(): ToolMentionSource {
  const parsed = parseToolMentions(readFileSync(`${TOOLS_FIXTURES}analysis.json`, "utf8"));
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.mentions;
}
