import { describe, expect, it } from "vitest";
import { parseAnalyzeSurveyCommand } from "../../../src/core/publish/parse-analyze-survey-command.js";

describe("parseAnalyzeSurveyCommand", () => {
  it("reads the path, unwrapped from backticks or quotes and without a leading ./", () => {
    expect(parseAnalyzeSurveyCommand("Publishing now.\n/analyze-survey survey/2026-h2.csv")).toEqual({ ok: true, path: "survey/2026-h2.csv", line: 2 });
    expect(parseAnalyzeSurveyCommand("/analyze-survey `./survey/2026-h2.csv`")).toMatchObject({ ok: true, path: "survey/2026-h2.csv" });
    expect(parseAnalyzeSurveyCommand('/ANALYZE-SURVEY "export.json"')).toMatchObject({ ok: true, path: "export.json" });
  });

  it("ignores comments without the command, and commands quoted or in code", () => {
    expect(parseAnalyzeSurveyCommand("Run /analyze-survey x.csv when ready")).toBeUndefined();
    expect(parseAnalyzeSurveyCommand("> /analyze-survey x.csv")).toBeUndefined();
    expect(parseAnalyzeSurveyCommand("```\n/analyze-survey x.csv\n```")).toBeUndefined();
  });

  it.each([
    ["/analyze-survey", "needs the path"],
    ["/analyze-survey ../secrets.csv", "stay inside the repository"],
    ["/analyze-survey /etc/passwd", "without a leading `/`"],
    ["/analyze-survey survey\\x.csv", "forward slashes"],
    ["/analyze-survey my survey.csv", "must not contain spaces"],
  ])("refuses %j, saying what is wrong", (body, problem) => {
    const command = parseAnalyzeSurveyCommand(body);
    expect(command?.ok).toBe(false);
    expect(command?.ok === false ? command.problem : "").toContain(problem);
  });
});
