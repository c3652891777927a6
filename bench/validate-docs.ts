import { DEFAULT_PHASES } from "../src/core/config/phases.js";
import { snapshotFromTexts, type RepoSnapshot } from "../src/core/repo/repo-snapshot.js";

/**
 * A generated persona repository for the validation benchmark: `count` docs of realistic size (about
 * 2 KB: front matter, six sections, links between personas with anchors, a workflow table), a settings
 * file with a tools registry, and some non-persona files that links point to.
 */
const TOOLS = ["GitHub", "Bazel", "Grafana", "PagerDuty", "Jira", "VS Code", "Argo CD", "Sentry", "pytest", "Jenkins", "Terraform", "Datadog"];

export function generateRepository(count: number): RepoSnapshot {
  const texts: Record<string, string> = { ".github/persona-governance.yml": settings() };
  for (let i = 0; i < count; i++) texts[`personas/persona-${i}.md`] = personaText(i, count);
  return snapshotFromTexts(texts, ["docs/runbooks.md", "docs/onboarding.md", "README.md"]);
}

function settings(): string {
  const tools = TOOLS.map((name) => `  - name: ${JSON.stringify(name)}\n    aliases: [${JSON.stringify(name.toLowerCase())}]\n    owner: "@acme/dev-infra"\n`).join("");
  return `personas:\n  maxFiles: 100000\ntools:\n${tools}`;
}

function personaText(i: number, count: number): string {
  const next = (i + 1) % count;
  const far = (i + 7) % count;
  const parent = i % 10 === 5 ? `parent: persona-${i - 1}\n` : "";
  const rows = [0, 2, 3, 6, 7, 11]
    .map((p) => `| ${DEFAULT_PHASES[(p + i) % DEFAULT_PHASES.length]!.id} | ${TOOLS[(p + i) % TOOLS.length]}, ${TOOLS[(p + i + 3) % TOOLS.length]} | Uses them daily for this phase of work. |`)
    .join("\n");
  return `---
name: "Persona ${i}"
champions: ["@acme/persona-${i}-champions", "@user${i}"]
aliases: ["P${i}", "Persona number ${i}"]
${parent}status: active
size: ${50 + (i % 200)}
summary: "Developers of product area ${i}, building and running its services."
---

## Role Summary

Persona ${i} builds and operates the services of product area ${i}. They work closely with
[Persona ${next}](persona-${next}.md#role-summary) and follow the [runbooks](../docs/runbooks.md).
Most of them joined through the standard [onboarding](../docs/onboarding.md).

## Responsibilities

- Design, build and review changes to the services they own.
- Keep the **error budget** healthy and answer pages during their on-call week.
- Write design docs for larger changes and present them at the weekly review.
- Help new team members get productive within their first two weeks.

## Goals

- A reviewed change reaches production the same day.
- Builds finish in under ten minutes, tests are not flaky.
- Fewer than two pages per on-call week.

## Typical Communication

Team chat channels, the weekly design review, and the issue tracker. Escalations go to
[Persona ${far}](persona-${far}.md#responsibilities).

## Interactions with Other Roles

- [Persona ${next}](persona-${next}.md): shares libraries and reviews each other's changes.
- [Persona ${far}](persona-${far}.md#goals): consumes their platform services.

## Workflow

| Phase | Tools | How |
| --- | --- | --- |
${rows}
`;
}
