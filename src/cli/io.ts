/**
 * Everything a CLI command touches outside its arguments, passed in so tests run commands in-process
 * with captured output, a fixed clock and a chosen environment.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal, so text output may use colour. */
  color: boolean;
  now: () => Date;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    color: Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env),
    now: () => new Date(),
  };
}
