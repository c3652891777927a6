/**
 * A survey export or mapping the analysis cannot work with: a mapped column missing from the header,
 * an empty file, an unreadable format. `problems` holds one sentence per problem, each naming the
 * column or line and the fix, so every front end can print them without a stack trace.
 */
export class SurveyInputError extends Error {
  override readonly name = "SurveyInputError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.problems = problems;
  }
}
