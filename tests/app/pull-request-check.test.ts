import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personaDoc } from "../support/persona-builder.js";
import { startApp, type AppHarness } from "./support/app-harness.js";
import { checkRuns, openPullRequest } from "./support/pull-request-events.js";

let h: AppHarness;

beforeEach(async () => {
  h = await startApp();
});

afterEach(async () => {
  await h.close();
});

const ALL_SECTIONS = {
  "Role Summary": "Builds web front ends.",
  Responsibilities: "- Ship features",
  Goals: "- Fast pages",
  "Typical Communication": "Slack and design reviews.",
  "Interactions with Other Roles": "Works with [Backend Developer](backend.md).",
  Workflow: "| Phase | Tools | How |\n| --- | --- | --- |\n| building | webpack | local builds |",
};

describe("pull request check", () => {
  it("annotates every finding, 50 per request, and fails on errors", async () => {
    const links = Array.from({ length: 60 }, (_, i) => `- [gone ${i}](missing-${i}.md)`).join("\n");
    const doc = personaDoc({ frontMatter: { name: "Data Scientist", champions: ["@alice"] }, sections: { "Role Summary": "Models.", Responsibilities: links, Goals: "- Insight" } });
    const pull = openPullRequest(h, "data", { "personas/data.md": doc });
    h.gh.resetLog();
    await h.deliver("pull_request", pull.payload);

    const [run] = checkRuns(h, pull.headSha, "Persona docs");
    expect(run?.conclusion).toBe("failure");
    const broken = run?.annotations.filter((annotation) => annotation["title"] === "broken-link") ?? [];
    expect(broken).toHaveLength(60);
    const sent = h.gh.requests.filter((r) => r.operationId === "checks/create" || r.operationId === "checks/update");
    expect(sent.map((r) => ((r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []).length).every((n) => n <= 50)).toBe(true);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(run?.output.summary).toContain("No plan");
  });

  it("is neutral on warnings only and shows what merging would change", async () => {
    const doc = personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] } });
    const pull = openPullRequest(h, "web", { "personas/web.md": doc });
    await h.deliver("pull_request", pull.payload);

    const [run] = checkRuns(h, pull.headSha, "Persona docs");
    expect(run?.conclusion).toBe("neutral");
    expect(run?.output.summary).toContain("persona-governance sync plan");
    expect(run?.output.summary).toContain("persona: Web Developer");
  });

  it("adds no annotation to a complete doc", async () => {
    const doc = personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] }, sections: ALL_SECTIONS });
    const pull = openPullRequest(h, "web-complete", { "personas/web.md": doc });
    await h.deliver("pull_request", pull.payload);

    const [run] = checkRuns(h, pull.headSha, "Persona docs");
    expect(run?.annotations.filter((annotation) => String(annotation["path"]) === "personas/web.md")).toEqual([]);
  });

  it("creates no check run for a pull request that leaves the persona program alone", async () => {
    const pull = openPullRequest(h, "code", { "src/index.ts": "export {};\n" });
    await h.deliver("pull_request", pull.payload);

    expect(h.gh.repo("acme", "program").checkRuns).toEqual([]);
    expect(h.gh.writes()).toEqual([]);
  });

  it("checks again on a new push to the pull request", async () => {
    const pull = openPullRequest(h, "web", { "personas/web.md": personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] } }) }, "synchronize");
    await h.deliver("pull_request", pull.payload);

    expect(checkRuns(h, pull.headSha, "Persona docs")).toHaveLength(1);
  });
});
