import { describe, expect, it } from "vitest";
import type { FileOperation, LabelOperation, Plan } from "../../../src/core/plan/operation.js";
import { PLAN_COMMENT_MARKER, renderPlanComment } from "../../../src/flows/sync/plan-comment.js";
import { renderApplyText } from "../../../src/flows/sync/render-apply-text.js";
import { renderSyncPullRequest, SYNC_PULL_REQUEST_MARKER } from "../../../src/flows/sync/sync-pull-request.js";

const label: LabelOperation = { kind: "label", action: "create", target: "persona: SRE", label: { name: "persona: SRE", color: "1d76db", description: "SRE" }, reason: "persona SRE has no label yet" };

function bigFile(path: string): FileOperation {
  const content = Array.from({ length: 4000 }, (_, i) => `/services/team-${i}/ @acme/team-${i}`).join("\n");
  return { kind: "file", action: "create", target: path, content, diff: `--- /dev/null\n+++ b/${path}\n${content.replace(/^/gm, "+")}`, reason: "new" };
}

const HUGE: Plan = { operations: [label, ...["a", "b", "c", "d"].map((n) => bigFile(`${n}/CODEOWNERS`))], warnings: [] };

describe("renderPlanComment", () => {
  it("stays under GitHub's comment limit with a note when the plan is too long", () => {
    const body = renderPlanComment(HUGE, "main");
    expect(body.length).toBeLessThan(65_535);
    expect(body.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(body).toContain("cut short");
    expect(body).toContain("persona: SRE");
  });
});

describe("renderSyncPullRequest", () => {
  it("leaves the labels out, marks the body and fits GitHub's body limit", () => {
    const text = renderSyncPullRequest(HUGE);
    expect(text.body.startsWith(`${SYNC_PULL_REQUEST_MARKER}\n`)).toBe(true);
    expect(text.body.length).toBeLessThan(65_536);
    expect(text.body).not.toContain("persona: SRE");
    expect(text.commitMessage).toBe("Sync files generated from the persona docs\n\n- create a/CODEOWNERS\n- create b/CODEOWNERS\n- create c/CODEOWNERS\n- create d/CODEOWNERS\n");
    expect(renderSyncPullRequest(HUGE)).toEqual(text);
  });
});

describe("renderApplyText", () => {
  it("shows each outcome with its detail and counts them", () => {
    const text = renderApplyText(
      { outcomes: [{ operation: label, status: "applied" }, { operation: { ...label, target: "x\u001b[2Jy", label: { ...label.label, name: "x\u001b[2Jy" } }, status: "failed", error: new Error("GitHub said no") }] },
      { color: false, dryRun: false },
    );
    expect(text).toBe("Outcome\n  applied  label  persona: SRE\n  failed   label  x [2Jy: GitHub said no\n\n1 applied, 1 failed.\n");
  });
});
