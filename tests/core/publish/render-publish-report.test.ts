import { describe, expect, it } from "vitest";
import type { PublishReport } from "../../../src/core/publish/publish-operation.js";
import { publishReportToJson, renderPublishMarkdown, renderPublishText } from "../../../src/core/publish/render-publish-report.js";

const report = (dryRun: boolean): PublishReport => ({
  cycle: "2026-H2",
  repo: "acme/devex",
  dryRun,
  operations: [
    { action: "create", target: "label", repo: "acme/devex", subject: "pain-point", reason: "missing" },
    { action: "create", target: "analysis-issue", repo: "acme/devex", subject: "SRE", reason: "no issue carries its marker yet", ...(dryRun ? {} : { url: "https://github.com/acme/devex/issues/1", number: 1 }), notes: ["champion team @acme/sre has no members"] },
    { action: "unchanged", target: "heads-up-issue", repo: "acme/devex", subject: "@acme/ci", reason: "up to date", url: "https://github.com/acme/devex/issues/5", number: 5 },
  ],
});

describe("publish reports", () => {
  it("say in text what was done, with URLs and reasons", () => {
    const text = renderPublishText(report(false));
    expect(text).toContain("Published the 2026-H2 survey to acme/devex:");
    expect(text).toContain('created    analysis issue "SRE" https://github.com/acme/devex/issues/1\n    no issue carries its marker yet\n    note: champion team @acme/sre has no members');
    expect(text).toContain('unchanged  heads-up issue "@acme/ci" https://github.com/acme/devex/issues/5');
    expect(text).toContain("Issues and comments: 1 created, 1 unchanged, plus 1 label created.");
  });

  it("say plainly that a dry run wrote nothing", () => {
    const text = renderPublishText(report(true));
    expect(text).toMatch(/^Dry run: nothing was written\. Publishing the 2026-H2 survey to acme\/devex would do this:/);
    expect(text).toContain('would create  analysis issue "SRE"\n');
    expect(publishReportToJson(report(true))).toMatchObject({ dryRun: true, changed: false, counts: { create: 2, update: 0, unchanged: 1, skipped: 0 } });
  });

  it("as JSON, list every operation with stable keys", () => {
    const json = publishReportToJson(report(false)) as { changed: boolean; operations: Record<string, unknown>[] };
    expect(json.changed).toBe(true);
    expect(json.operations[1]).toEqual({ action: "create", target: "analysis-issue", repo: "acme/devex", subject: "SRE", reason: "no issue carries its marker yet", url: "https://github.com/acme/devex/issues/1", number: 1, notes: ["champion team @acme/sre has no members"] });
  });

  it("as Markdown, link what exists and never mention an owner", () => {
    const markdown = renderPublishMarkdown(report(false));
    expect(markdown).toContain("| created | analysis issue | [SRE](https://github.com/acme/devex/issues/1) | no issue carries its marker yet |");
    expect(markdown).toContain("[@\u200Dacme/ci](https://github.com/acme/devex/issues/5)");
    expect(markdown).not.toMatch(/@acme/);
  });
});
