import { resolve } from "node:path";
import { DEFAULT_CONFIG_PATH } from "../../core/config/parse-config.js";
import { renderTemplate, templateText } from "../../core/templates/render-template.js";
import { writeFiles, WriteFilesError, type FileToWrite, type WriteFilesResult } from "../../flows/write-files.js";
import { EXIT_OK, UsageError } from "../errors.js";
import type { CliIO } from "../io.js";
import type { RegisterCommand } from "./index.js";

interface InitOptions {
  dir: string;
  force: boolean;
}

export const EXAMPLE_PERSONA_PATH = "personas/example-persona.md";
export const WORKFLOW_PATH = ".github/workflows/persona-governance.yml";

/** `persona-gov init`: a starting point that passes `persona-gov validate` as created. */
export const registerInit: RegisterCommand = (program, io, state) => {
  program
    .command("init")
    .description("create personas/ with an example persona, the settings file and the workflow for the Action")
    .option("--dir <dir>", "repository root to set up", ".")
    .option("--force", "overwrite files that already exist", false)
    .action(async (options: InitOptions) => {
      state.exitCode = await runInit(options, io);
    });
};

/** The files `init` creates, relative to the repository root. */
export function initFiles(): FileToWrite[] {
  return [
    { path: EXAMPLE_PERSONA_PATH, content: renderTemplate("persona.md", { name: "Example Persona", id: "example-persona" }) },
    { path: DEFAULT_CONFIG_PATH, content: templateText("persona-governance.yml") },
    // The workflow is copied, never rendered: its `${{ … }}` expressions are GitHub's, not placeholders.
    { path: WORKFLOW_PATH, content: templateText("workflows/persona-governance.yml") },
  ];
}

async function runInit(options: InitOptions, io: CliIO): Promise<number> {
  const root = resolve(io.cwd, options.dir);
  let outcome: WriteFilesResult;
  try {
    outcome = await writeFiles(root, initFiles(), { force: options.force });
  } catch (error) {
    if (error instanceof WriteFilesError) throw new UsageError(options.dir === "." ? error.message : `${error.message} (in ${options.dir})`);
    throw error;
  }
  const lines = [`Set up persona governance in ${options.dir}:`];
  for (const path of outcome.written) lines.push(`  created  ${path}`);
  for (const path of outcome.skipped) lines.push(`  skipped  ${path} (it already exists; --force overwrites it)`);
  lines.push(
    "",
    "Next steps:",
    `  1. Fill in ${EXAMPLE_PERSONA_PATH} and rename it after the persona, or import an existing document`,
    "     with `persona-gov import FILE --out personas` and delete the example.",
    "  2. Add each persona's champions, then change `status: draft` to `status: active`.",
    "  3. Run `persona-gov validate`, and commit: the workflow checks every pull request that touches personas/.",
  );
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT_OK;
}
