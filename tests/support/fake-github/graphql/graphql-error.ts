/** An error a resolver raises; `type` is GitHub's top-level error type (NOT_FOUND, FORBIDDEN, ...). */
export class FakeGraphqlError extends Error {
  readonly type: string | undefined;

  constructor(type: string | undefined, message: string) {
    super(message);
    this.type = type;
  }
}

/** GitHub's answer when the token cannot see a node or project. */
export function forbidden(): FakeGraphqlError {
  return new FakeGraphqlError("FORBIDDEN", "Resource not accessible by integration");
}

/** GitHub's answer for a global id that does not resolve. */
export function unknownNode(id: string): FakeGraphqlError {
  return new FakeGraphqlError("NOT_FOUND", `Could not resolve to a node with the global id of '${id}'`);
}
