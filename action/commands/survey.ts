import { existsSync } from "node:fs";
import { isAbsolute, posix, relative, resolve } from "node:path";
import { hasChanges } from "../../src/core/publish/publish-operation.js";
import { publishReportToJson, renderPublishMarkdown } from "../../src/core/publish/render-publish-report.js";
import { renderOverviewReport } from "../../src/core/survey/render-overview-report.js";
import { SurveyInputError } from "../../src/core/survey/survey-input-error.js";
import { safeInline } from "../../src/core/text/safe-markdown.js";
import { loadLocalProgram } from "../../src/flows/questions/load-local-program.js";
import { publishSurvey } from "../../src/flows/survey/publish-survey.js";
import { connectActionGateway, readActionNow } from "../connect-github.js";
import { InputError } from "../errors.js";
import type { ActionCommand, CommandContext, CommandOutcome } from "./command.js";

const CONFIG_RULES = new Set(["config-yaml", "config-schema", "config-missing"]);
/** Raw comments per tool in the job summary's overview; the issues carry the rest. */
const SUMMARY_COMMENTS_PER_TOOL = 20;

/**
 * `command: survey` — meant for `workflow_dispatch`: analyses the export at `survey-file` in the
 * checkout and publishes it (analysis issues, heads-ups, the review-meeting issue), then puts what it
 * did and the survey overview in the job summary. `dry-run: true` writes nothing on GitHub.
 */
export const surveyCommand: ActionCommand = {
  async run(context: CommandContext): Promise<CommandOutcome> {
    const file = surveyFile(context);
    const program = await loadLocalProgram(context.root, context.inputs.configPath);
    const broken = program.report.diagnostics.find((d) => CONFIG_RULES.has(d.rule));
    if (broken !== undefined) {
      return failed(`${broken.file}:${broken.line}:${broken.column}: ${broken.message}. Fix the settings file first; \`command: validate\` lists every problem.`);
    }
    try {
      const result = await publishSurvey({
        gateway: connectActionGateway(context, "survey"),
        path: file.absolute,
        source: file.inRepo,
        config: program.report.config,
        personas: program.report.personas,
        now: readActionNow(context.env),
        dryRun: context.inputs.dryRun,
      });
      const overview = renderOverviewReport(result.analysis, {
        personaLink: (id) => result.links.analysis.get(id)?.url ?? `#${id}`,
        commentsPerTool: SUMMARY_COMMENTS_PER_TOOL,
      });
      const published = result.report.operations.filter((operation) => operation.target === "analysis-issue" && operation.action !== "skipped");
      return {
        annotations: [],
        summary: `${renderPublishMarkdown(result.report)}\n${overview}`,
        outputs: {
          personas: String(published.length),
          plan: JSON.stringify((publishReportToJson(result.report) as { operations: unknown[] }).operations),
          changed: String(!result.report.dryRun && hasChanges(result.report)),
        },
      };
    } catch (error) {
      if (error instanceof SurveyInputError) return failed(`Cannot publish ${file.inRepo}:\n${error.problems.join("\n")}`);
      throw error;
    }
  },
};

function surveyFile(context: CommandContext): { absolute: string; inRepo: string } {
  const given = context.inputs.surveyFile;
  if (given === undefined) {
    throw new InputError("Input 'survey-file' is required for command 'survey': the path of the survey export in the repository, relative to 'working-directory' (e.g. survey/2026-h2.csv).");
  }
  const absolute = resolve(context.root, given);
  const inWorkspace = relative(context.workspace, absolute);
  if (isAbsolute(given) || inWorkspace.startsWith("..") || isAbsolute(inWorkspace)) {
    throw new InputError(`Input 'survey-file' must be a path inside the repository (got '${given}').`);
  }
  if (!existsSync(absolute)) {
    throw new InputError(`Input 'survey-file': ${given} does not exist in the checkout (looked for ${absolute}). Commit the export first, or fix the path.`);
  }
  return { absolute, inRepo: inWorkspace.split(/[\\/]/).join(posix.sep) };
}


function failed(message: string): CommandOutcome {
  const lines = message.split("\n").map((line) => `- ${safeInline(line)}`);
  return { annotations: [], summary: `## ❌ Survey not published\n\n${lines.join("\n")}\n`, outputs: { plan: "[]", changed: "false" }, failure: message };
}
