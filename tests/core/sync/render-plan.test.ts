import { describe, expect, it } from "vitest";
import type { FileOperation, Plan } from "../../../src/core/plan/operation.js";
import { countDiffLines, fileDiff } from "../../../src/core/sync/file-diff.js";
import { renderPlanJson } from "../../../src/core/sync/render-plan-json.js";
import { renderPlanMarkdown } from "../../../src/core/sync/render-plan-markdown.js";
import { IN_SYNC_MESSAGE, renderPlanText } from "../../../src/core/sync/render-plan-text.js";

function file(target: string, previous: string | undefined, content: string, reason = "because"): FileOperation {
  const op: FileOperation = { kind: "file", action: previous === undefined ? "create" : "update", target, content, diff: fileDiff(target, previous, content), reason };
  return previous === undefined ? op : { ...op, previous };
}

const plan: Plan = {
  operations: [
    { kind: "label", action: "create", target: "persona: SRE", label: { name: "persona: SRE", color: "1d76db", description: "Keeps | prod" }, reason: "persona SRE has no label yet" },
    { kind: "label", action: "rename", target: "persona: Frontend", label: { name: "persona: Web", color: "1d76db", description: "" }, reason: "persona Web renamed from Frontend" },
    { kind: "label", action: "update", target: "persona: ops", label: { name: "persona: Ops", color: "cfd3d7", description: "Retired: x" }, changes: ["name", "color"], reason: "label out of date" },
    { kind: "label", action: "delete", target: "old", reason: "listed under labels.delete and used by no issue" },
    file(".github/CODEOWNERS", "* @a\n", "* @a\n/personas/sre.md @acme/sre\n", "CODEOWNERS block out of date: 1 rule added"),
  ],
  warnings: [{ file: ".github/CODEOWNERS", line: 7, rule: "codeowners-overridden", message: 'the rule "*.md" comes after the block' }],
};

describe("fileDiff", () => {
  it("marks new files with /dev/null and uses a/ b/ prefixes otherwise", () => {
    expect(fileDiff("x.md", undefined, "a\n")).toBe("--- /dev/null\n+++ b/x.md\n@@ -0,0 +1,1 @@\n+a\n");
    expect(fileDiff("x.md", "a\nb\n", "a\nc\n")).toBe("--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n");
  });

  it("keeps three lines of context and notes a missing final newline", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8";
    const diff = fileDiff("n.txt", before, before.replace("8", "eight"));
    expect(diff).toContain("@@ -5,4 +5,4 @@\n 5\n 6\n 7\n-8\n\\ No newline at end of file\n+eight\n");
    expect(countDiffLines(diff)).toEqual({ added: 1, removed: 1 });
  });

  it("shows no change for unchanged CRLF lines", () => {
    expect(countDiffLines(fileDiff("c", "a\r\nb\r\n", "a\r\nb\r\nc\r\n"))).toEqual({ added: 1, removed: 0 });
  });
});

describe("renderPlanText", () => {
  it("says the repository is in sync when there is nothing to do", () => {
    expect(renderPlanText({ operations: [], warnings: [] })).toBe(`${IN_SYNC_MESSAGE}\n`);
  });

  it("shows a label table, file diffs, warnings and a summary", () => {
    const text = renderPlanText(plan, { color: false });
    expect(text).toContain("Labels\n  create  persona: SRE                      persona SRE has no label yet\n");
    expect(text).toContain("  rename  persona: Frontend → persona: Web  persona Web renamed from Frontend\n");
    expect(text).toContain("  update  persona: ops → persona: Ops       label out of date\n");
    expect(text).toContain("update .github/CODEOWNERS: CODEOWNERS block out of date: 1 rule added\n--- a/.github/CODEOWNERS\n");
    expect(text).toContain("+/personas/sre.md @acme/sre");
    expect(text).toContain('  warning .github/CODEOWNERS:7 the rule "*.md" comes after the block (codeowners-overridden)');
    expect(text.trimEnd().endsWith("4 label changes, 1 file change, 1 warning.")).toBe(true);
    expect(text).not.toContain("\u001B[");
  });

  it("colours for a terminal, and strips control characters from doc text", () => {
    const evil: Plan = { operations: [{ kind: "label", action: "delete", target: "x\u001B[2Jy", reason: "r" }], warnings: [] };
    const text = renderPlanText(evil, { color: true });
    expect(text).toContain("\u001B[31mdelete\u001B[0m");
    expect(text).toContain("x[2Jy");
    expect(text).not.toContain("\u001B[2J");
    expect(renderPlanText(plan, { color: true })).toContain("\u001B[32m+/personas/sre.md @acme/sre\u001B[0m");
  });
});

describe("renderPlanMarkdown", () => {
  it("says the repository is in sync when there is nothing to do", () => {
    expect(renderPlanMarkdown({ operations: [], warnings: [] })).toBe(`### persona-governance sync plan\n\n${IN_SYNC_MESSAGE}\n`);
  });

  it("renders labels as an escaped table, diffs in collapsed blocks and warnings as a list", () => {
    const text = renderPlanMarkdown(plan);
    expect(text).toContain("**4 label changes, 1 file change, 1 warning.**");
    expect(text).toContain("| create | persona: SRE | #1d76db Keeps \\| prod | persona SRE has no label yet |");
    expect(text).toContain("| rename | persona: Frontend → persona: Web |");
    expect(text).toContain("<details>\n<summary>update .github/CODEOWNERS: CODEOWNERS block out of date: 1 rule added</summary>\n\n```diff\n--- a/.github/CODEOWNERS");
    expect(text).toContain("- .github/CODEOWNERS line 7: the rule \"\\*.md\" comes after the block (codeowners-overridden)");
  });

  it("fences diffs with more backticks than the file holds", () => {
    const md: Plan = { operations: [file("README.md", undefined, "```js\n````\n")], warnings: [] };
    expect(renderPlanMarkdown(md)).toContain("`````diff\n");
  });

  it("neutralises mentions in reasons and paths", () => {
    const md: Plan = { operations: [file("a.md", undefined, "x\n", "asked by @alice")], warnings: [] };
    expect(renderPlanMarkdown(md)).toContain("asked by @\u200Dalice");
  });

  it("drops diffs that do not fit, with a note, and stays under maxLength", () => {
    const big = "line\n".repeat(5000);
    const md: Plan = { operations: [file("a.txt", undefined, "small\n"), file("b.txt", undefined, big), file("c.txt", undefined, big)], warnings: [] };
    const text = renderPlanMarkdown(md, { maxLength: 10_000 });
    expect(text.length).toBeLessThanOrEqual(10_000);
    expect(text).toContain("+small");
    expect(text).toContain("<summary>create b.txt: because</summary>\n\n_Diff left out to keep this comment under GitHub's size limit._");
    expect(text.trimEnd().endsWith("Run `persona-gov plan` to see all of it._")).toBe(true);
  });

  it("keeps the default under GitHub's 65,536-character limit however large the plan", () => {
    const huge: Plan = {
      operations: Array.from({ length: 3000 }, (_, i) => ({ kind: "label" as const, action: "delete" as const, target: `label-${i}-${"x".repeat(30)}`, reason: "r" })),
      warnings: [],
    };
    const text = renderPlanMarkdown(huge);
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toContain("cut short");
  });
});

describe("renderPlanJson", () => {
  it("lists operations as {kind, target, action, reason, diff?} with label details, and the warnings", () => {
    const json = JSON.parse(renderPlanJson(plan)) as { operations: Record<string, unknown>[]; warnings: unknown[] };
    expect(json.operations[0]).toEqual({ kind: "label", target: "persona: SRE", action: "create", reason: "persona SRE has no label yet", label: { name: "persona: SRE", color: "1d76db", description: "Keeps | prod" } });
    expect(json.operations[2]).toMatchObject({ action: "update", changes: ["name", "color"] });
    expect(json.operations[3]).toEqual({ kind: "label", target: "old", action: "delete", reason: "listed under labels.delete and used by no issue" });
    expect(json.operations[4]).toEqual({ kind: "file", target: ".github/CODEOWNERS", action: "update", reason: "CODEOWNERS block out of date: 1 rule added", diff: plan.operations[4]?.kind === "file" ? plan.operations[4].diff : "" });
    expect(json.warnings).toEqual(plan.warnings);
  });
});
