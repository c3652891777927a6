import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../../../src/core/config/parse-config.js";
import { parsePersona } from "../../../src/core/persona/parse-persona.js";
import { personaDoc } from "../../support/persona-builder.js";

const config = defaultConfig();
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, file = "personas/sre.md", cfg = config) => parsePersona(file, encode(text), { config: cfg });

const FULL = `---
name: SRE/On-call Engineer
champions:
  - "@octocat"
  - "@acme/sre"
aliases: [SRE, On-call]
parent: platform
size: 120
summary: Keeps production healthy
label:
  color: "#00ff00"
workflow:
  debugging: [gdb, lldb]
  code review: GitHub, Gerrit
  testing:
    tools: [pytest]
    how: Before every push
---

## Role Summary

Keeps [production](platform.md#goals) healthy.

## Workflow

| Phase | Tools | How |
| --- | --- | --- |
| Monitoring and alerting | Grafana, PagerDuty | Answers pages |
| deploying | Argo CD | |
`;

describe("parsePersona", () => {
  it("builds the persona with every position as a file line", () => {
    const { persona, diagnostics } = parse(FULL);
    expect(diagnostics).toEqual([]);
    expect(persona).toMatchObject({
      id: "sre",
      name: "SRE/On-call Engineer",
      file: "personas/sre.md",
      status: "active",
      aliases: ["SRE", "On-call"],
      parent: "platform",
      size: 120,
      summary: "Keeps production healthy",
      label: { color: "00ff00" },
      paths: [],
      previously: [],
      keyLines: { name: 2, champions: 3, aliases: 6, parent: 7, size: 8, summary: 9, label: 10, workflow: 12 },
      links: [{ url: "platform.md#goals", line: 22, column: 7 }],
    });
    expect(persona?.champions).toEqual([
      { kind: "user", handle: "@octocat", login: "octocat" },
      { kind: "team", handle: "@acme/sre", org: "acme", slug: "sre" },
    ]);
    expect(persona?.sections.map((s) => [s.heading, s.line])).toEqual([
      ["Role Summary", 20],
      ["Workflow", 24],
    ]);
  });

  it("reads the workflow from front matter and from the Workflow table, names resolved to phase ids", () => {
    expect(parse(FULL).persona?.workflow).toEqual([
      { phase: "debugging", tools: ["gdb", "lldb"], how: "", line: 13, column: 3, source: "front-matter" },
      { phase: "code-review", tools: ["GitHub", "Gerrit"], how: "", line: 14, column: 3, source: "front-matter" },
      { phase: "testing", tools: ["pytest"], how: "Before every push", line: 15, column: 3, source: "front-matter" },
      { phase: "monitoring-and-alerting", tools: ["Grafana", "PagerDuty"], how: "Answers pages", line: 28, column: 3, source: "body" },
      { phase: "deploying", tools: ["Argo CD"], how: "", line: 29, column: 3, source: "body" },
    ]);
  });

  it("defaults the id to the file name and status to active", () => {
    const { persona } = parse(personaDoc({ frontMatter: { name: "Data Scientist" } }), "personas/ml/data-scientist.md");
    expect(persona).toMatchObject({ id: "data-scientist", status: "active" });
    expect(parse(personaDoc({ frontMatter: { id: "ds" } }), "personas/data-scientist.md").persona?.id).toBe("ds");
  });

  it("reports a file name that cannot be an id", () => {
    const result = parse(personaDoc(), "personas/Data Scientist.md");
    expect(result.persona).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ rule: "invalid-id", suggestion: "rename the file to `data-scientist.md`, or add `id: data-scientist` to the front matter" }),
    ]);
  });

  it("reports schema problems at the key's line, with a suggestion for misspelt keys", () => {
    const { persona, diagnostics, body } = parse("---\nname: SRE\nchampoins: ['@a']\nstatus: gone\nsize: -1\n---\n## Goals\n");
    expect(persona).toBeUndefined();
    expect(body?.sections[0]?.slug).toBe("goals");
    const found = diagnostics.map((d) => [d.line, d.column, d.rule, d.message, d.suggestion]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(found).toEqual([
      [3, 1, "front-matter-schema", "unknown key `champoins`", "did you mean `champions`?"],
      [4, 1, "front-matter-schema", '`status` must be one of "active", "draft", "retired"', undefined],
      [5, 1, "front-matter-schema", "`size` too small: expected number to be >=0", undefined],
    ]);
  });

  it("requires a name and reports malformed champions under their own rule", () => {
    const { diagnostics } = parse('---\nchampions: ["@ok", "not a handle"]\n---\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: "front-matter-schema", line: 2, message: "`name` is required (expected string)" }),
      expect.objectContaining({ rule: "champion-malformed", line: 2, column: 20, message: "`champions[1]` must be a GitHub handle: @user or @org/team" }),
    ]);
  });

  it("reports YAML syntax errors at the file line and still reads the body", () => {
    const result = parse("---\nname: SRE\naliases: [a, b\n---\n\n## Goals\n");
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: "yaml-syntax", severity: "error" })]);
    expect(result.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(result.body?.sections[0]).toMatchObject({ heading: "Goals", line: 6 });
  });

  it("rejects front matter that is not a mapping", () => {
    expect(parse("---\n- a\n- b\n---\n").diagnostics).toEqual([expect.objectContaining({ rule: "front-matter-schema", line: 2, message: expect.stringContaining("must be a YAML mapping") })]);
  });

  it("rejects a billion-laughs front matter instead of expanding it", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
    }
    const result = parse(`---\nname: Laughs\n${levels.join("\n")}\n---\n`);
    expect(result.persona).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: "yaml-syntax", message: expect.stringContaining("too many aliases") })]);
  });

  it("never runs JavaScript front matter", () => {
    const before = Object.keys(globalThis).length;
    const result = parse("---js\n{ name: (() => { globalThis.personaGovRan = true; return 'x' })() }\n---\n## Goals\n");
    expect("personaGovRan" in globalThis).toBe(false);
    expect(Object.keys(globalThis).length).toBe(before);
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: "front-matter-language" })]);
    expect(result.persona).toBeUndefined();
  });

  it("uses the configured phases for workflow names", () => {
    const { config: custom } = parseConfig("phases:\n  extra:\n    - id: on-call\n      name: Being on call\n");
    const text = personaDoc({ frontMatter: { workflow: { "Being on call": ["PagerDuty"] } } });
    expect(parse(text, "personas/sre.md", custom).persona?.workflow[0]?.phase).toBe("on-call");
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = parsePersona("personas/x.md", bytes, { config });
        expect(Array.isArray(result.diagnostics)).toBe(true);
        expect(result.persona !== undefined || result.diagnostics.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
