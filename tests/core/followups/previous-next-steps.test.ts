import { describe, expect, it } from "vitest";
import { previousNextSteps } from "../../../src/core/followups/previous-next-steps.js";
import { previousStepsSection } from "../../../src/core/followups/previous-steps-section.js";
import { renderPreviousSteps } from "../../../src/core/followups/render-previous-steps.js";
import { tracking } from "./followup-fixtures.js";

describe("previousNextSteps", () => {
  const issues = [
    tracking(30, "Flake tracker", { persona: "sre", pain: "testing", cycle: "2026-H1" }, { state: "closed", stateReason: "completed" }),
    tracking(31, "Faster builds", { persona: "sre", pain: "building", cycle: "2026-H1" }),
    tracking(32, "Old idea", { persona: "sre", pain: "building", cycle: "2026-H1", dropped: true }),
    tracking(33, "Other persona", { persona: "backend-developer", cycle: "2026-H1" }),
    tracking(34, "This cycle", { persona: "sre", cycle: "2026-H2" }),
  ];

  it("lists a persona's steps of one cycle with their state, by pain point", () => {
    expect(previousNextSteps(issues, "sre", "2026-H1").map((step) => [step.issue, step.pain, step.state])).toEqual([
      [31, "building", "open"],
      [32, "building", "dropped"],
      [30, "testing", "done"],
    ]);
  });

  it("renders them beside the pain point and its rank in the new survey", () => {
    const text = renderPreviousSteps(previousNextSteps(issues, "sre", "2026-H1"), {
      heading: "##",
      cycle: "2026-H1",
      phaseName: (id) => (id === "testing" ? "Testing" : "Building"),
      currentRanks: new Map([["testing", 2]]),
    });
    expect(text).toContain("## Next steps from 2026-H1");
    expect(text).toContain("1 of 3 next steps agreed after 2026-H1 are done.");
    expect(text).toContain("| Testing | 2 | [#30](https://github.com/acme/handbook/issues/30) Flake tracker | ✅ done | 2027-01-15 |");
    expect(text).toContain("| Building | not mentioned | [#31](https://github.com/acme/handbook/issues/31) Faster builds | ⏳ still open | 2027-01-15 |");
  });
});

describe("previousStepsSection", () => {
  it("ranks each pain point as the persona's new analysis does", () => {
    const issues = [tracking(30, "Flake tracker", { persona: "sre", pain: "testing", cycle: "2026-H1" })];
    const painPoints = [{ phase: "testing", rank: 1 }] as Parameters<typeof previousStepsSection>[0]["painPoints"];
    const section = previousStepsSection({ id: "sre", painPoints }, issues, { previousCycle: "2026-H1", phases: [{ id: "testing", name: "Testing" }], heading: "##" });
    expect(section).toContain("| Testing | 1 | [#30]");
  });
});
