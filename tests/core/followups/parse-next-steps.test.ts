import { describe, expect, it } from "vitest";
import { parseNextSteps } from "../../../src/core/followups/parse-next-steps.js";
import type { StepVocabulary } from "../../../src/core/followups/step-vocabulary.js";
import { NEXT_STEPS_HEADING_LINE, NEXT_STEPS_HELP_MARKER } from "../../../src/core/publish/next-step-format.js";

const vocabulary: StepVocabulary = {
  personas: [
    { id: "backend-developer", name: "Backend Developer", aliases: ["Backend"] },
    { id: "sre", name: "SRE", aliases: [] },
  ],
  phases: [
    { id: "building", name: "Building" },
    { id: "testing", name: "Testing" },
  ],
  planningDeadline: "2027-01-15",
};

function meeting(...lines: string[]): string {
  return ["intro", "", NEXT_STEPS_HEADING_LINE, "", `${NEXT_STEPS_HELP_MARKER} help text -->`, ...lines, "", "## Later section", "- [ ] Not a step @bo persona:sre"].join("\n");
}

/** Line numbers in `meeting()`: the first checklist line is line 6. */
const FIRST = 6;

describe("parseNextSteps", () => {
  it("reads a full line: text, owner, due date, persona, pain point and box", () => {
    const parsed = parseNextSteps(meeting("- [ ] Cut CI queue time for backend builds @acme/ci-team due:2027-01-10 persona:backend-developer pain:building"), vocabulary);
    expect(parsed.errors).toEqual([]);
    expect(parsed.steps).toEqual([
      {
        line: FIRST,
        raw: "- [ ] Cut CI queue time for backend builds @acme/ci-team due:2027-01-10 persona:backend-developer pain:building",
        text: "Cut CI queue time for backend builds",
        done: false,
        owner: { kind: "team", handle: "@acme/ci-team", org: "acme", slug: "ci-team" },
        due: "2027-01-10",
        dueFrom: "line",
        persona: "backend-developer",
        pain: "building",
        references: [],
      },
    ]);
  });

  it("takes the planning deadline when a line has no due date, and reads fields in any order", () => {
    const parsed = parseNextSteps(meeting("- [x] persona:sre Write the runbook pain:testing @bo"), vocabulary);
    expect(parsed.steps[0]).toMatchObject({ text: "Write the runbook", done: true, due: "2027-01-15", dueFrom: "deadline", owner: { login: "bo" } });
  });

  it("keeps issue references in the text and lists them, a leading one first", () => {
    const parsed = parseNextSteps(meeting("- [ ] #12 Fix the flakes from #7 @bo persona:sre"), vocabulary);
    expect(parsed.steps[0]).toMatchObject({ text: "#12 Fix the flakes from #7", references: [12, 7] });
  });

  it("skips prose, sub-items, HTML comments, code blocks and other sections", () => {
    const parsed = parseNextSteps(
      meeting("Some words about the meeting.", "<!--", "- [ ] Commented out @bo persona:sre", "-->", "```", "- [ ] Example @bo persona:sre", "```", "    - [ ] Indented sub-item @bo persona:sre"),
      vocabulary,
    );
    expect(parsed).toEqual({ found: true, steps: [], errors: [] });
  });

  it("reports every problem of a line, each with a fix", () => {
    const parsed = parseNextSteps(meeting("- [ ] Fix @bo @eve due:2027-13-01 persona:backend-develper pain:bilding"), vocabulary);
    expect(parsed.steps).toEqual([]);
    expect(parsed.errors.map((error) => [error.line, error.message, error.fix])).toEqual([
      [FIRST, "`due:2027-13-01` is not a date.", "Write the date as `due:YYYY-MM-DD`, e.g. `due:2027-01-15`."],
      [FIRST, "`persona:backend-develper` is not a persona id.", "Did you mean `persona:backend-developer`?"],
      [FIRST, "`pain:bilding` is not a phase id.", "Did you mean `pain:building`?"],
      [FIRST, "The line names 2 owners (`@bo`, `@eve`); a step has exactly one.", expect.stringContaining("Keep the owner's handle")],
    ]);
  });

  it("suggests the id for a persona written by name or alias", () => {
    const parsed = parseNextSteps(meeting("- [ ] Fix builds @bo persona:Backend"), vocabulary);
    expect(parsed.errors[0]).toMatchObject({ message: "`persona:Backend` is not a persona id.", fix: "Did you mean `persona:backend-developer`?" });
  });

  it("asks for the missing owner, persona and text, and for a task box on a bulleted step", () => {
    const parsed = parseNextSteps(meeting("- [ ] Speed up builds due:2027-01-10", "- [ ] @bo persona:sre", "- Tidy dashboards @bo persona:sre"), vocabulary);
    expect(parsed.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      `${FIRST}: The line names no persona.`,
      `${FIRST}: The line names no owner.`,
      `${FIRST + 1}: The line does not say what the step is.`,
      `${FIRST + 2}: This list item has no task box, so it is not read as a step.`,
    ]);
  });

  it("flags a misspelt field name", () => {
    const parsed = parseNextSteps(meeting("- [ ] Fix builds @bo persona:sre dua:2027-01-10"), vocabulary);
    expect(parsed.errors.map((error) => error.fix)).toEqual(["Did you mean `due:2027-01-10`?"]);
  });

  it("needs a due date when there is no planning deadline, unless told the meeting is an old one", () => {
    const { planningDeadline: _, ...noDeadline } = vocabulary;
    const line = "- [ ] Fix builds @bo persona:sre";
    expect(parseNextSteps(meeting(line), noDeadline).errors[0]?.fix).toBe("Add `due:YYYY-MM-DD` to the line, or set `survey.planningDeadline` in the settings file.");
    expect(parseNextSteps(meeting(line), { ...noDeadline, dueOptional: true }).steps[0]?.due).toBeUndefined();
  });

  it("reads CRLF bodies as the browser saves them", () => {
    const parsed = parseNextSteps(meeting("- [ ] Fix builds @bo persona:sre", "- [x] Fix tests @bo persona:sre").replace(/\n/g, "\r\n"), vocabulary);
    expect(parsed.steps.map((step) => [step.line, step.raw, step.done])).toEqual([
      [FIRST, "- [ ] Fix builds @bo persona:sre", false],
      [FIRST + 1, "- [x] Fix tests @bo persona:sre", true],
    ]);
  });

  it("reports a missing section once, with no steps", () => {
    const parsed = parseNextSteps("# Meeting\n\n- [ ] Fix builds @bo persona:sre\n", vocabulary);
    expect(parsed.found).toBe(false);
    expect(parsed.steps).toEqual([]);
    expect(parsed.errors).toEqual([expect.objectContaining({ line: 0, fix: "Put the heading `## Agreed next steps` back above the checklist." })]);
  });
});
