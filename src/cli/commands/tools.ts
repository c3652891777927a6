import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import { buildToolIndex } from "../../core/tools/build-tool-index.js";
import { findTool } from "../../core/tools/find-tool.js";
import { renderToolMarkdown } from "../../core/tools/render-tool-markdown.js";
import { renderToolsTable } from "../../core/tools/render-tools-table.js";
import { renderToolsText, renderToolText } from "../../core/tools/render-tools-text.js";
import type { ToolEntry } from "../../core/tools/tool-entry.js";
import { parseToolMentions, type ToolMentionSource } from "../../core/tools/tool-mentions.js";
import { toToolJson, toToolsJson } from "../../core/tools/tools-json.js";
import { EXIT_OK, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";
import { loadProgramForCli } from "./load-program-for-cli.js";

interface ToolsOptions {
  dir: string;
  config?: string;
  analysis?: string;
  format: "text" | "json" | "md";
}

/** `persona-gov tools [NAME]`: which personas use each tool, how, its reach, owner and survey mentions. */
export const registerTools: RegisterCommand = (program, io, state) => {
  program
    .command("tools")
    .description("list each tool with the personas that use it (phase and how), its reach, owner and survey mentions")
    .argument("[name]", "show one tool in full, by name or alias")
    .option("--dir <dir>", "repository root", ".")
    .option("--config <file>", "settings file, relative to the current directory (default: <dir>/.github/persona-governance.yml)")
    .option("--analysis <file>", "the JSON of `persona-gov survey analyze --format json`, for survey mentions")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "md"]).default("text"))
    .action(async (name: string | undefined, options: ToolsOptions) => {
      state.exitCode = await runTools(name, options, io);
    });
};

async function runTools(name: string | undefined, options: ToolsOptions, io: CliIO): Promise<number> {
  const mentions = options.analysis === undefined ? undefined : await readMentions(io, options.analysis);
  const { report } = await loadProgramForCli(io, options.dir, options.config);
  const index = buildToolIndex(report.personas, report.config, mentions);
  if (name === undefined) {
    io.stdout(renderIndex(index, options.format));
    return EXIT_OK;
  }
  const found = findTool(index, name);
  if (found.entry === undefined) {
    const hint = found.suggestion === undefined ? "" : ` Did you mean "${found.suggestion}"?`;
    throw new UsageError(`no tool named "${name.replace(/\p{Cc}/gu, " ")}" in the tools registry or any workflow map.${hint} Run \`persona-gov tools\` to list them.`);
  }
  io.stdout(renderOne(found.entry, options.format));
  return EXIT_OK;
}

function renderIndex(index: readonly ToolEntry[], format: ToolsOptions["format"]): string {
  if (format === "json") return `${JSON.stringify(toToolsJson(index), null, 2)}\n`;
  if (format === "md") return index.length === 0 ? "No tools.\n" : `${renderToolsTable(index)}\n`;
  return renderToolsText(index);
}

function renderOne(entry: ToolEntry, format: ToolsOptions["format"]): string {
  if (format === "json") return `${JSON.stringify(toToolJson(entry), null, 2)}\n`;
  if (format === "md") return renderToolMarkdown(entry);
  return renderToolText(entry);
}

async function readMentions(io: CliIO, file: string): Promise<ToolMentionSource> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
    throw new UsageError(`cannot read the analysis ${file}: ${code === "ENOENT" ? "no such file" : "it cannot be read"}`);
  }
  const parsed = parseToolMentions(text);
  if ("error" in parsed) throw new UsageError(`cannot use the analysis ${file}: ${parsed.error}`);
  return parsed.mentions;
}
