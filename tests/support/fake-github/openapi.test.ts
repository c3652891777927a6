import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { loadSpec } from "./openapi/load-spec.js";
import { RouteTable } from "./openapi/match-route.js";
import { toStandaloneSchema } from "./openapi/normalise-schema.js";

describe("route matching", () => {
  const routes = new RouteTable(loadSpec().operations);

  it("prefers literal segments over parameters", () => {
    expect(routes.match("GET", "/repos/o/r/issues/comments")?.operation.operationId).toBe("issues/list-comments-for-repo");
    expect(routes.match("GET", "/repos/o/r/issues/12")).toMatchObject({
      operation: { operationId: "issues/get" },
      params: { issue_number: "12" },
    });
  });

  it("lets multi-segment parameters span slashes, encoded or not", () => {
    expect(routes.match("GET", "/repos/o/r/contents/docs/a%20b.md")?.params["path"]).toBe("docs/a b.md");
    expect(routes.match("GET", "/repos/o/r/contents/docs%2Fa.md")?.params["path"]).toBe("docs/a.md");
    expect(routes.match("GET", "/repos/o/r/git/ref/heads/feature/x")?.params["ref"]).toBe("heads/feature/x");
  });

  it("finds nothing for endpoints GitHub does not have", () => {
    expect(routes.match("GET", "/repos/o/r/personas")).toBeUndefined();
    expect(routes.match("PUT", "/repos/o/r/labels")).toBeUndefined();
  });
});

describe("schema normaliser", () => {
  const ajv = new Ajv({ strict: false });

  it("turns nullable into a null type, for typed and untyped schemas", () => {
    const typed = ajv.compile(toStandaloneSchema({ type: "string", nullable: true, enum: ["a"] }, {}, false));
    expect([typed("a"), typed(null), typed("b")]).toEqual([true, true, false]);
    const viaRef = ajv.compile(
      toStandaloneSchema({ allOf: [{ $ref: "#/components/schemas/thing" }], nullable: true }, { thing: { type: "integer" } }, false),
    );
    expect([viaRef(3), viaRef(null), viaRef("x")]).toEqual([true, true, false]);
  });

  it("closes objects for the strict check, except the parts of an allOf", () => {
    const components = { base: { type: "object", properties: { name: { type: "string" } } } };
    const closed = ajv.compile(toStandaloneSchema({ type: "object", properties: { color: { type: "string" } } }, {}, true));
    expect([closed({ color: "fff" }), closed({ colour: "fff" })]).toEqual([true, false]);
    const merged = ajv.compile(
      toStandaloneSchema(
        { allOf: [{ $ref: "#/components/schemas/base" }, { type: "object", properties: { color: { type: "string" } } }] },
        components,
        true,
      ),
    );
    expect(merged({ name: "x", color: "fff" })).toBe(true);
  });
});
