import { COMMAND_NAMES, type CommandName } from "./command-permissions.js";
import { stepCodeFence, type CodeFence } from "./step-code-fence.js";

/** One slash command found in a comment. `unknown` keeps the word as typed, for the reply. */
export interface Command {
  name: CommandName | "unknown";
  /** The command word as written, lower-cased, without the slash. */
  word: string;
  /** Everything after the command word on its line, trimmed. */
  argument: string;
  /** 1-based line in the comment. */
  line: number;
}

/** More than this many commands in one comment are ignored: nobody needs them, and each costs writes. */
export const MAX_COMMANDS_PER_COMMENT = 10;

const COMMAND_LINE = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]*)(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * Finds the slash commands in a comment: lines that start with `/` and a word (up to three spaces of
 * indent allowed, as Markdown does). Lines in fenced or indented code, and quoted (`>`) lines, are
 * not commands: quoting someone's `/decline` must not decline again. A path such as `/usr/bin` is not
 * a command either, because the word must end the line or be followed by a space.
 */
export function parseSlashCommands(commentBody: string): Command[] {
  const commands: Command[] = [];
  let fence: CodeFence | undefined;
  const lines = commentBody.replace(/\r\n?/g, "\n").split("\n");
  for (const [index, line] of lines.entries()) {
    const step = stepCodeFence(fence, line);
    fence = step.fence;
    if (step.inCode) continue;
    const match = COMMAND_LINE.exec(line);
    if (!match) continue;
    const word = (match[1] ?? "").toLowerCase();
    const name = COMMAND_NAMES.find((known) => known === word) ?? "unknown";
    commands.push({ name, word, argument: (match[2] ?? "").trim(), line: index + 1 });
    if (commands.length === MAX_COMMANDS_PER_COMMENT) break;
  }
  return commands;
}
