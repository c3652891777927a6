import { describe, expect, it } from "vitest";
import { isPersonaSubsection, isRoleSummaryHeading, normalizeHeading } from "../../../src/core/import/is-persona-section.js";

describe("isPersonaSubsection", () => {
  it.each([
    "Role Summary",
    "role summary",
    "1. Role summary",
    "Responsibilities",
    "Responsibilites",
    "Key responsibilities",
    "Goals",
    "Goal",
    "Goals and motivations",
    "🎯 Goals",
    "Workflow",
    "Workflows",
    "Workflow map",
    "Typical Communication",
    "Interactions with Other Roles",
    "Interactions with other roles & teams",
  ])("recognises %j", (heading) => {
    expect(isPersonaSubsection(heading)).toBe(true);
  });

  it.each(["Purpose", "Roles", "Glossary of terms", "Examples", "How to contribute", "Table of contents", "Changelog"])(
    "does not take %j for a persona subsection",
    (heading) => {
      expect(isPersonaSubsection(heading)).toBe(false);
    },
  );
});

describe("isRoleSummaryHeading", () => {
  it("accepts the Role Summary heading and its common variants only", () => {
    expect(["Role Summary", "Summary", "2. Role summary:", "Role sumary"].map(isRoleSummaryHeading)).toEqual([true, true, true, true]);
    expect(["Goals", "Role", "Responsibilities"].map(isRoleSummaryHeading)).toEqual([false, false, false]);
  });
});

describe("normalizeHeading", () => {
  it("keeps lower-case words only", () => {
    expect(normalizeHeading("  3. Interactions — with Other Rôles!  ")).toBe("interactions with other roles");
    expect(normalizeHeading("Tools & Workflow")).toBe("tools and workflow");
  });
});
