/** A workflow input the user can fix; its message names the input, the value and what is accepted. */
export class InputError extends Error {
  override name = "InputError";
}

/**
 * The message for a failed step. Anything can be thrown, including values that are not errors or
 * cannot even be turned into a string, and every case must still fail the step with a message.
 */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) return `persona-governance failed: ${error.message || error.name}`;
  return `persona-governance failed: a non-error value was thrown (${describeValue(error)})`;
}

function describeValue(value: unknown): string {
  try {
    return `${typeof value}: ${String(value)}`;
  } catch {
    return typeof value;
  }
}
