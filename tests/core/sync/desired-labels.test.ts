import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config/parse-config.js";
import { desiredLabels, desiredLabelWarnings, personaLabel, truncateDescription } from "../../../src/core/sync/desired-labels.js";
import { WORKFLOW_LABELS } from "../../../src/core/sync/workflow-labels.js";
import { persona } from "../../support/persona-builder.js";

const config = defaultConfig();

describe("personaLabel", () => {
  it("names an active persona's label with the prefix, the default colour and its summary", () => {
    const { spec } = personaLabel(persona({ name: "SRE", summary: "Keeps production healthy." }), config);
    expect(spec).toEqual({ name: "persona: SRE", color: "1d76db", description: "Keeps production healthy." });
  });

  it("takes the doc's label name, colour and description over the defaults", () => {
    const { spec, previousNames } = personaLabel(
      persona({ name: "Site Reliability", label: { name: "SRE", color: "0E8A16", description: "Ask the SREs" } }),
      config,
    );
    expect(spec).toEqual({ name: "persona: SRE", color: "0e8a16", description: "Ask the SREs" });
    expect(previousNames).toEqual(["persona: Site Reliability"]);
  });

  it("falls back to a generic description without a summary", () => {
    expect(personaLabel(persona({ name: "Web Developer" }), config).spec.description).toBe("Questions and work for the Web Developer persona");
  });

  it("greys out a retired persona's label and says it is retired", () => {
    const { spec } = personaLabel(persona({ name: "Ops", status: "retired", summary: "Ran the servers.", label: { color: "ff0000" } }), config);
    expect(spec).toEqual({ name: "persona: Ops", color: "cfd3d7", description: "Retired: Ran the servers." });
  });

  it("labels a draft persona too, saying it is a draft", () => {
    expect(personaLabel(persona({ name: "ML", status: "draft", summary: "Trains models." }), config).spec.description).toBe("Draft persona: Trains models.");
  });

  it("lists earlier names with the prefix, for renames", () => {
    expect(personaLabel(persona({ name: "SRE/On-call", previously: ["SRE", "Ops"] }), config).previousNames).toEqual(["persona: SRE", "persona: Ops"]);
  });

  it("keeps descriptions within GitHub's 100 characters and on one line", () => {
    const { spec } = personaLabel(persona({ summary: `${"word ".repeat(40)}\nend` }), config);
    expect([...spec.description].length).toBe(100);
    expect(spec.description.endsWith("…")).toBe(true);
    expect(spec.description).not.toContain("\n");
  });
});

describe("truncateDescription", () => {
  it("counts characters, not UTF-16 units", () => {
    const emoji = "🚀".repeat(100);
    expect(truncateDescription(emoji)).toBe(emoji);
    expect([...truncateDescription(`${emoji}x`)].length).toBe(100);
  });
});

describe("desiredLabels", () => {
  it("gives the workflow labels, then one label per persona by name", () => {
    const labels = desiredLabels([persona({ id: "web", name: "Web" }), persona({ id: "api", name: "API", status: "retired" })], config);
    expect(labels.map((label) => label.name)).toEqual([...WORKFLOW_LABELS.map((label) => label.name), "persona: API", "persona: Web"]);
    expect(labels.slice(0, WORKFLOW_LABELS.length).every((label) => label.color === "5319e7" && label.description.length <= 100)).toBe(true);
  });

  it("includes survey-question and the other workflow labels later features need", () => {
    const names = desiredLabels([], config).map((label) => label.name);
    expect(names).toEqual(["persona-question", "needs-persona", "pain-point", "heads-up", "next-step", "declined", "persona-health", "survey-question"]);
  });

  it("leaves out, with a warning, a label longer than GitHub allows", () => {
    const long = persona({ name: "A".repeat(45), keyLines: { name: 2 } });
    expect(desiredLabels([long], config).some((label) => label.name.startsWith("persona: A"))).toBe(false);
    expect(desiredLabelWarnings([long], config)).toEqual([expect.objectContaining({ file: "personas/sre.md", line: 2, rule: "label-name-too-long" })]);
  });

  it("leaves out, with a warning, a persona label that collides with another label", () => {
    const personas = [persona({ id: "a", name: "SRE" }), persona({ id: "b", name: "sre" }), persona({ id: "c", name: "x", label: { name: "Declined" } })];
    const cfg = { ...config, labels: { ...config.labels, prefix: "" } };
    expect(desiredLabels(personas, cfg).filter((label) => label.name.toLowerCase() === "sre")).toHaveLength(1);
    expect(desiredLabelWarnings(personas, cfg).map((w) => w.rule)).toEqual(["label-duplicate", "label-duplicate"]);
  });
});
