import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { Option } from "commander";
import { countDiagnostics, type Diagnostic } from "../../core/diagnostics/diagnostic.js";
import { importDocument, type ImportResult } from "../../core/import/import-document.js";
import { toImportReport } from "../../core/import/import-report.js";
import { findExistingFiles, writeFiles, WriteFilesError } from "../../flows/write-files.js";
import { EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";

interface ImportOptions {
  out: string;
  format: "text" | "json";
  force: boolean;
}

/** `persona-gov import FILE --out DIR`: one long persona document → one file per persona. */
export const registerImport: RegisterCommand = (program, io, state) => {
  program
    .command("import")
    .description("split one Markdown document with an H2 section per persona into one file per persona")
    .argument("<file>", "the Markdown document to import")
    .option("--out <dir>", "folder to write the persona files into", "personas")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--force", "overwrite persona files that already exist", false)
    .action(async (file: string, options: ImportOptions) => {
      state.exitCode = await runImport(file, options, io);
    });
};

async function runImport(file: string, options: ImportOptions, io: CliIO): Promise<number> {
  const text = await readSource(resolve(io.cwd, file), file);
  const sourceFile = displayPath(io.cwd, file);
  const result = importDocument(text, sourceFile, { personasDir: displayPath(io.cwd, options.out) });
  const files = result.personas.map((p) => ({ path: p.file, content: p.content }));
  if (!options.force) {
    const existing = await findExistingFiles(io.cwd, files.map((f) => f.path));
    if (existing.length > 0) {
      const [what, them] = existing.length === 1 ? ["this file already exists", "it"] : [`these ${existing.length} files already exist`, "them"];
      throw new UsageError(`${what}: ${existing.join(", ")}. Nothing was written; run again with --force to overwrite ${them}.`);
    }
  }
  try {
    await writeFiles(io.cwd, files, { force: options.force });
  } catch (error) {
    if (error instanceof WriteFilesError) throw new UsageError(`${error.message}. Some files may already have been written.`);
    throw error;
  }
  io.stdout(options.format === "json" ? `${JSON.stringify(toImportReport(result), null, 2)}\n` : formatText(result, sourceFile));
  return countDiagnostics(result.diagnostics).errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function readSource(path: string, shown: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a Markdown file" : "it cannot be read";
    throw new UsageError(`cannot import ${shown}: ${reason}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`cannot import ${shown}: it is not UTF-8 text`);
  }
}

/** Relative to the working directory when inside it, absolute otherwise; always with forward slashes. */
function displayPath(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  const shown = rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join("/");
}

function formatText(result: ImportResult, source: string): string {
  const lines: string[] = [];
  const count = result.personas.length;
  if (count > 0) lines.push(`Imported ${count} persona${count === 1 ? "" : "s"} from ${source}:`);
  for (const p of result.personas) lines.push(`  created  ${p.file}  (${clean(p.name)})`);
  if (result.skipped.length > 0) lines.push("", "Skipped these sections, which do not look like personas:");
  for (const s of result.skipped) lines.push(`  line ${s.line}  ${clean(s.heading)}`);
  if (result.diagnostics.length > 0) lines.push("", "Problems in the source document:");
  for (const d of result.diagnostics) lines.push(`  ${formatDiagnostic(d)}`);
  if (count > 0) lines.push("", "Next: add champions to each new file, then run `persona-gov validate`.");
  return `${lines.join("\n")}\n`;
}

function formatDiagnostic(d: Diagnostic): string {
  const fix = d.suggestion === undefined ? "" : ` (${clean(d.suggestion)})`;
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${clean(d.message)}${fix}  [${d.rule}]`;
}

/** Headings come from the user's document: keep terminal control characters out of our output. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, " ");
}
