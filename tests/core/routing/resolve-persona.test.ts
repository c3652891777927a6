import { describe, expect, it } from "vitest";
import { detectPersonaMention } from "../../../src/core/routing/detect-persona-mention.js";
import { resolvePersona, suggestPersona } from "../../../src/core/routing/resolve-persona.js";
import { persona } from "../../support/persona-builder.js";
import { PERSONAS } from "./routing-fixtures.js";

const idOf = (text: string): unknown => {
  const result = resolvePersona(text, PERSONAS);
  if (result === undefined) return undefined;
  return "persona" in result ? [result.persona.id, result.matchedBy] : { ambiguous: result.ambiguous.map((p) => p.id) };
};

describe("resolvePersona", () => {
  it.each([
    ["Backend Developer", ["backend", "name"]],
    ["backend developer", ["backend", "name"]],
    ["  BACKEND   developer \n", ["backend", "name"]],
    ["backend", ["backend", "id"]],
    ["Server", ["backend", "alias"]],
    ["backend dev", ["backend", "alias"]],
    ["persona: SRE", ["sre", "name"]],
    ["Persona:Web Developer", ["web", "name"]],
    ["**SRE**", ["sre", "name"]],
    ["`sre`", ["sre", "name"]],
    ["“Web Developer”", ["web", "name"]],
    ["Production Tooling", ["sre-tooling", "name"]],
  ])("resolves %j", (text, expected) => {
    expect(idOf(text)).toEqual(expected);
  });

  it("reports an alias shared by two personas as ambiguous", () => {
    expect(idOf("mobile")).toEqual({ ambiguous: ["ios", "android"] });
  });

  it("lets a name win over another persona's alias", () => {
    const personas = [persona({ id: "ops", name: "Ops" }), persona({ id: "sre", name: "SRE", aliases: ["ops"] })];
    const result = resolvePersona("ops", personas);
    expect(result).toMatchObject({ persona: { id: "ops" }, matchedBy: "name" });
  });

  it("falls back to the first line of an edited multi-line value", () => {
    expect(idOf("SRE\n\n(I think, or maybe web?)")).toEqual(["sre", "name"]);
  });

  it("returns undefined for unknown or empty text", () => {
    expect(idOf("Quantum Developer")).toBeUndefined();
    expect(idOf("   ")).toBeUndefined();
    expect(idOf("persona:")).toBeUndefined();
  });
});

describe("suggestPersona", () => {
  it("offers the closest plausible persona for a typo", () => {
    expect(suggestPersona("Backend Develper", PERSONAS)?.id).toBe("backend");
    expect(suggestPersona("frontnd", PERSONAS)?.id).toBe("web");
  });

  it("offers nothing for text that is not close to any persona", () => {
    expect(suggestPersona("Accounting", PERSONAS)).toBeUndefined();
  });
});

describe("detectPersonaMention", () => {
  it("finds a persona named as a whole word, by name or alias", () => {
    expect(detectPersonaMention("Question for the SRE folks", PERSONAS)).toMatchObject({
      persona: { id: "sre" },
      matchedBy: "name",
    });
    expect(detectPersonaMention("our Site  Reliability people?", PERSONAS)).toMatchObject({
      persona: { id: "sre" },
      matchedBy: "alias",
    });
  });

  it("accepts a plural or possessive", () => {
    expect(detectPersonaMention("How do SREs page?", PERSONAS)).toMatchObject({ persona: { id: "sre" } });
    expect(detectPersonaMention("the web developer's build", PERSONAS)).toMatchObject({ persona: { id: "web" } });
  });

  it("does not match inside other words", () => {
    expect(detectPersonaMention("PRESRELEASE build is broken", PERSONAS)).toBeUndefined();
    expect(detectPersonaMention("the webserver crashed", PERSONAS)).toBeUndefined();
  });

  it("does not guess when several personas are named", () => {
    const result = detectPersonaMention("Do SRE and Web Developer share dashboards?", PERSONAS);
    expect(result).toEqual({
      ambiguous: [expect.objectContaining({ id: "web" }), expect.objectContaining({ id: "sre" })],
    });
  });

  it("treats regex characters in names literally", () => {
    const personas = [persona({ id: "cpp", name: "C++ Developer" })];
    expect(detectPersonaMention("for the c++ developer team", personas)).toMatchObject({ persona: { id: "cpp" } });
    expect(detectPersonaMention("for the cxx developer team", personas)).toBeUndefined();
  });
});
