/** A `::error …::` or `::warning …::` line as the runner reads it from a step's stdout. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const COMMAND_LINE = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;

/** Parses workflow commands from stdout, undoing the runner's escaping (%25, %0D, %0A, %3A, %2C). */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = COMMAND_LINE.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const at = pair.indexOf("=");
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return commands;
}

function unescape(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
}

/**
 * Reads a `GITHUB_OUTPUT` file, checking that every entry uses @actions/core's heredoc format:
 * `name<<ghadelimiter_<uuid>`, the value, then the same delimiter.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  let index = 0;
  while (index < lines.length && lines[index] !== "") {
    const open = /^([\w-]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[index]!);
    if (!open) throw new Error(`not an output heredoc: ${JSON.stringify(lines[index])}`);
    const end = lines.indexOf(open[2]!, index + 1);
    if (end < 0) throw new Error(`output ${open[1]} is never closed by ${open[2]}`);
    outputs[open[1]!] = lines.slice(index + 1, end).join("\n");
    index = end + 1;
  }
  return outputs;
}
