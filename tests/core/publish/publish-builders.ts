import type { Config } from "../../../src/core/config/config-schema.js";
import type { PublishInput } from "../../../src/core/publish/publication.js";
import type { PublishLinks } from "../../../src/core/publish/render-heads-up.js";
import { persona } from "../../support/persona-builder.js";
import { analyse, ELSE, PERSONA, SLOWS, surveyConfig, type Row } from "../survey/survey-builders.js";

/** The personas of survey-builders as full docs: backend is championed by a person and a team. */
export const DOCS = [
  persona({ id: "backend", name: "Backend Developer", champions: ["@alice", "@acme/backend-champions"] }),
  persona({ id: "sre", name: "SRE", champions: ["@bob"] }),
  persona({ id: "web", name: "Web Developer", champions: ["@carol"] }),
];

/** Rows where Jenkins (owned by @acme/ci) is a top pain point of backend and SRE, Node.js (@acme/runtime) of backend only. */
export const ROWS: Row[] = [
  { [PERSONA]: "Backend Developer", [SLOWS]: "Jenkins builds are slow", [ELSE]: "npm upgrades of Node.js break" },
  { [PERSONA]: "Backend Developer", [SLOWS]: "Jenkins queue, build waits" },
  { [PERSONA]: "Backend Developer;SRE", [SLOWS]: "flaky tests in Jenkins" },
  { [PERSONA]: "SRE", [SLOWS]: "alerts page me at night" },
  { [PERSONA]: "SRE", [SLOWS]: "Jenkins deploy builds fail" },
  { [PERSONA]: "Web Developer", [SLOWS]: "code review takes days" },
];

export const NOW = new Date("2026-12-01T09:00:00Z");

/** A publish input over `rows`, with a planning deadline two weeks after NOW. */
export function publishInput(rows: readonly Row[] = ROWS, survey: Partial<Config["survey"]> = {}, commentCap?: number): PublishInput {
  const overrides = { planningDeadline: "2026-12-15", ...survey };
  return {
    analysis: analyse(rows, overrides, commentCap),
    personas: DOCS,
    config: surveyConfig(overrides),
    cycle: "2026-H2",
    repo: "acme/devex",
    now: NOW,
    source: "survey/2026-h2.csv",
  };
}

/** Links as if every analysis issue and the meeting existed: backend #1, sre #2, web #3, meeting #4. */
export function allLinks(): PublishLinks {
  const link = (number: number) => ({ number, url: `https://github.com/acme/devex/issues/${number}` });
  return { analysis: new Map([["backend", link(1)], ["sre", link(2)], ["web", link(3)]]), meeting: link(4) };
}
