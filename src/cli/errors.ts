/**
 * Errors the CLI turns into a message and an exit code instead of a stack trace. Anything a user can
 * cause (a missing file, a bad flag, an unreadable config) is one of these.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly exitCode = 2;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
