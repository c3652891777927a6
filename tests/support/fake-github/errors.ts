/** One entry of the `errors` array GitHub sends with 422 responses. */
export interface ValidationErrorDetail {
  resource: string;
  code: "missing" | "missing_field" | "invalid" | "already_exists" | "unprocessable" | "custom";
  field?: string;
  value?: unknown;
  message?: string;
}

/** An HTTP error a handler raises; the server turns it into GitHub's error JSON. */
export class GitHubHttpError extends Error {
  readonly status: number;
  readonly errors: ValidationErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, errors?: ValidationErrorDetail[], headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

/** GitHub's plain 404. */
export function notFound(): GitHubHttpError {
  return new GitHubHttpError(404, "Not Found");
}

/** GitHub's 422 "Validation Failed" with its error details. */
export function validationFailed(...errors: ValidationErrorDetail[]): GitHubHttpError {
  return new GitHubHttpError(422, "Validation Failed", errors);
}

/** The JSON body GitHub sends with an error status. */
export function errorBody(
  status: number,
  message: string,
  documentationUrl: string,
  errors?: ValidationErrorDetail[],
): Record<string, unknown> {
  return { message, ...(errors ? { errors } : {}), documentation_url: documentationUrl, status: String(status) };
}
