import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.js";
import { formatDiagnostics, OUTPUT_FORMATS, type OutputFormat } from "../../core/report/format-diagnostics.js";
import type { ValidationReport } from "../../core/validation-report.js";
import { validateLocal } from "../../flows/validate-local.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";

interface ValidateOptions {
  dir: string;
  config?: string;
  format: OutputFormat;
}

/**
 * `persona-gov validate [--dir DIR] [--config FILE] [--format text|json|github]`: checks every persona
 * doc and the settings file. Exit 0 when there are no errors, 1 when there are, 2 for a usage mistake or
 * a broken settings file (the findings are still printed).
 */
export const registerValidate: RegisterCommand = (program, io, state) => {
  program
    .command("validate")
    .description("check every persona doc and the settings file; exits 1 when there are errors")
    .option("--dir <dir>", "root of the repository to check", ".")
    .option("--config <file>", "settings file, relative to the current directory (default: <dir>/.github/persona-governance.yml)")
    .addOption(new Option("--format <format>", "output format: text for people, json for scripts, github for Actions annotations").choices([...OUTPUT_FORMATS]).default("text"))
    .action(async (options: ValidateOptions) => {
      state.exitCode = await runValidate(options, io);
    });
};

async function runValidate(options: ValidateOptions, io: CliIO): Promise<number> {
  const root = resolve(io.cwd, options.dir);
  await requireKind(root, options.dir, "directory");
  const configPath = options.config === undefined ? undefined : resolve(io.cwd, options.config);
  if (configPath !== undefined) await requireKind(configPath, options.config!, "file");
  let report: ValidationReport;
  try {
    report = await validateLocal(root, configPath === undefined ? {} : { configPath });
  } catch (error) {
    throw new UsageError(`cannot read ${options.dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stdout(formatDiagnostics(options.format, report, { color: io.color && options.format === "text" }));
  if (hasConfigurationError(report)) return EXIT_USAGE;
  return report.counts.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function requireKind(path: string, shown: string, kind: "directory" | "file"): Promise<void> {
  let isKind: boolean;
  try {
    const info = await stat(path);
    isKind = kind === "directory" ? info.isDirectory() : info.isFile();
  } catch {
    throw new UsageError(`${kind} not found: ${shown}`);
  }
  if (!isKind) throw new UsageError(`${shown} is not a ${kind}`);
}

/** A settings file that cannot be used is a configuration error (exit 2), not a finding. */
function hasConfigurationError(report: ValidationReport): boolean {
  const isConfigError = (d: Diagnostic) => d.severity === "error" && (d.rule.startsWith("config-") || d.file === report.configFile);
  return report.diagnostics.some(isConfigError);
}
