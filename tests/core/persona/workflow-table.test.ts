import { describe, expect, it } from "vitest";
import { DEFAULT_PHASES } from "../../../src/core/config/phases.js";
import { readMarkdownBody } from "../../../src/core/persona/markdown-body.js";
import { readWorkflowTable } from "../../../src/core/persona/workflow-table.js";

const steps = (markdown: string) => readWorkflowTable(readMarkdownBody(markdown, 1), DEFAULT_PHASES);

describe("readWorkflowTable", () => {
  it("finds columns by header in any order and case", () => {
    const md = "## Workflow\n\n| how | TOOLS | Phase |\n|---|---|---|\n| daily | Bazel,  BuildBuddy , | Building |\n";
    expect(steps(md)).toEqual([{ phase: "building", tools: ["Bazel", "BuildBuddy"], how: "daily", line: 5, column: 34, source: "body" }]);
  });

  it("keeps unknown phases as written and skips rows without a phase", () => {
    const md = "## Workflow\n\n| Phase | Tools |\n|---|---|\n| Deploying | Argo |\n|  | orphan |\n";
    expect(steps(md).map((s) => s.phase)).toEqual(["Deploying"]);
  });

  it("ignores tables outside the Workflow section and tables without a Phase column", () => {
    const md = [
      "## Goals",
      "| Phase | Tools |",
      "|---|---|",
      "| testing | jest |",
      "## Workflow",
      "| Tool | Owner |",
      "|---|---|",
      "| jest | @qa |",
      "## Notes",
      "| Phase | Tools |",
      "|---|---|",
      "| building | make |",
    ].join("\n");
    expect(steps(md)).toEqual([]);
  });

  it("accepts a Workflow section with a longer heading, and tables under its subheadings", () => {
    const md = "## Workflow map\n\n### Daily\n\n| Phase | Tools |\n|---|---|\n| code review | GitHub |\n";
    expect(steps(md)).toEqual([expect.objectContaining({ phase: "code-review", tools: ["GitHub"], line: 7 })]);
  });

  it("returns nothing without a Workflow section", () => {
    expect(steps("## Goals\n\nNone.\n")).toEqual([]);
  });
});
